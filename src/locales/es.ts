import type {Strings} from '../strings.js';

/** Spanish. */
const es: Strings = {
  label: 'Comparar {before} con {after}',
  labelWithoutDates: 'Comparación de imágenes',
  beforeImage: 'imagen de antes',
  afterImage: 'imagen de después',
  valueText:
    '{beforePercent} {before} {beforeSide}, {afterPercent} {after} {afterSide}',
  left: 'a la izquierda',
  right: 'a la derecha',
  top: 'arriba',
  bottom: 'abajo',
  mostly: 'Principalmente {date}',
  noBeforeImage: 'Falta la imagen de antes',
  noAfterImage: 'Falta la imagen de después',
  imageUnavailable: 'Imagen no disponible: {alt}',
  imageUnavailableWithoutAlt: 'Imagen no disponible',
  note: 'Nota {number}: {text}',
  closeNote: 'Cerrar la nota',
  notes: 'Notas',
  zoomIn: 'Ampliar',
  zoomOut: 'Reducir',
  zoomReset: 'Restablecer la ampliación',
  zoomLevel: 'Ampliación {percent}',
};

export default es;
