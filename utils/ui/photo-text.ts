// What the popup and the library say about an article's photos: how many were kept at save, and what a
// "Tải lại ảnh" brought back. One place, so both pages word it the same.
import { t } from '../i18n/i18n';

export interface PhotoCountView {
  saved: number;
  total: number;
}

/** "Đã lưu, 3/5 ảnh." (with the way forward when some are missing); the plain "saved" for an article without photos. */
export function savedText(images: PhotoCountView | undefined): string {
  if (!images || images.total === 0) return t('statusSaved');
  const key = images.saved < images.total ? 'statusSavedPhotosMissing' : 'statusSavedPhotos';
  return t(key, [String(images.saved), String(images.total)]);
}

export function refetchedText(images: PhotoCountView): string {
  const key = images.saved < images.total ? 'statusRefetchStillMissing' : 'statusRefetchedPhotos';
  return t(key, [String(images.saved), String(images.total)]);
}

/** The popup's frame for a page photo it does not load. */
export const previewLabel = (alt: string): string => (alt ? t('imagePreviewAlt', alt) : t('imagePreview'));
