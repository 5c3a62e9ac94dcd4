import {css} from 'lit';

// Added to the comparison's shadow root by StoryController, so that a page
// without `scroll-reveal` never downloads them.
export const storyStyles = css`
  /* The point whose crossing of the viewport drives the story: the
     element's centre. Outside the layers, whose overflow would make them
     its scroll container. */
  .story-subject {
    position: absolute;
    top: 50%;
    left: 0;
    width: 1px;
    height: 0;
    visibility: hidden;
    pointer-events: none;
  }

  /* Clipped: a bubble placed before the box settles must not widen the page. */
  .told {
    position: absolute;
    inset: 0;
    overflow: clip;
    pointer-events: none;
  }

  /* Each told note's bubble: shown by the story's animation, while its hold lasts. */
  .told .bubble {
    opacity: 0;
    padding-inline-end: 0.75em;
    pointer-events: none;
  }

  @media print {
    .told {
      display: none;
    }
  }
`;
