import type {Strings} from '../strings.js';

/** French. French puts a no-break space before a colon (`\u00a0`). */
const fr: Strings = {
  label: 'Comparer {before} et {after}',
  labelWithoutDates: 'Comparaison d’images',
  beforeImage: 'image avant',
  afterImage: 'image après',
  valueText:
    '{beforePercent} {before} {beforeSide}, {afterPercent} {after} {afterSide}',
  left: 'à gauche',
  right: 'à droite',
  top: 'en haut',
  bottom: 'en bas',
  mostly: 'Surtout {date}',
  noBeforeImage: 'Image avant manquante',
  noAfterImage: 'Image après manquante',
  imageUnavailable: 'Image indisponible\u00a0: {alt}',
  imageUnavailableWithoutAlt: 'Image indisponible',
  note: 'Remarque {number} : {text}',
  closeNote: 'Fermer la remarque',
  notes: 'Remarques',
  zoomIn: 'Agrandir',
  zoomOut: 'Réduire',
  zoomReset: 'Réinitialiser l’agrandissement',
  zoomLevel: 'Agrandissement {percent}',
};

export default fr;
