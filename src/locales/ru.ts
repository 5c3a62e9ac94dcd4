import type {Strings} from '../strings.js';

/** Russian. «до» and «после» are quoted: bare, "снимок до" would read as "the picture until". */
const ru: Strings = {
  label: 'Сравнить {before} и {after}',
  labelWithoutDates: 'Сравнение изображений',
  beforeImage: 'снимок «до»',
  afterImage: 'снимок «после»',
  valueText:
    '{beforePercent} {before} {beforeSide}, {afterPercent} {after} {afterSide}',
  left: 'слева',
  right: 'справа',
  top: 'сверху',
  bottom: 'снизу',
  mostly: 'В основном {date}',
  noBeforeImage: 'Нет снимка «до»',
  noAfterImage: 'Нет снимка «после»',
  imageUnavailable: 'Изображение недоступно: {alt}',
  imageUnavailableWithoutAlt: 'Изображение недоступно',
  note: 'Примечание {number}: {text}',
  closeNote: 'Закрыть примечание',
  notes: 'Примечания',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  zoomReset: 'Сбросить масштаб',
  zoomLevel: 'Масштаб {percent}',
};

export default ru;
