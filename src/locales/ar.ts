import type {Strings} from '../strings.js';

/** Arabic. The sides are named as the reader sees them, whatever the page's direction. */
const ar: Strings = {
  label: 'مقارنة بين {before} و{after}',
  labelWithoutDates: 'مقارنة بين صورتين',
  beforeImage: 'الصورة السابقة',
  afterImage: 'الصورة اللاحقة',
  valueText:
    '{beforePercent} {before} {beforeSide}، {afterPercent} {after} {afterSide}',
  left: 'على اليسار',
  right: 'على اليمين',
  top: 'في الأعلى',
  bottom: 'في الأسفل',
  mostly: 'معظم العرض: {date}',
  noBeforeImage: 'الصورة السابقة مفقودة',
  noAfterImage: 'الصورة اللاحقة مفقودة',
  imageUnavailable: 'الصورة غير متاحة: {alt}',
  imageUnavailableWithoutAlt: 'الصورة غير متاحة',
  note: 'ملاحظة {number}: {text}',
  closeNote: 'إغلاق الملاحظة',
  notes: 'ملاحظات',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  zoomReset: 'إعادة التكبير إلى الأصل',
  zoomLevel: 'التكبير {percent}',
};

export default ar;
