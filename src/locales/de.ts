import type {Strings} from '../strings.js';

/** German. */
const de: Strings = {
  label: '{before} mit {after} vergleichen',
  labelWithoutDates: 'Bildvergleich',
  beforeImage: 'Vorher-Bild',
  afterImage: 'Nachher-Bild',
  valueText:
    '{beforePercent} {before} {beforeSide}, {afterPercent} {after} {afterSide}',
  left: 'links',
  right: 'rechts',
  top: 'oben',
  bottom: 'unten',
  mostly: 'Überwiegend {date}',
  noBeforeImage: 'Vorher-Bild fehlt',
  noAfterImage: 'Nachher-Bild fehlt',
  imageUnavailable: 'Bild nicht verfügbar: {alt}',
  imageUnavailableWithoutAlt: 'Bild nicht verfügbar',
  note: 'Anmerkung {number}: {text}',
  closeNote: 'Anmerkung schließen',
  notes: 'Anmerkungen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  zoomReset: 'Vergrößerung zurücksetzen',
  zoomLevel: 'Vergrößerung {percent}',
};

export default de;
