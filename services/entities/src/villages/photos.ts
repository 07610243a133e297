import { userInputError } from '@shian/subgraph-kit';

/**
 * The photo contract of `reportFromVillage`: base64 in the mutation itself. One request is one report, written
 * whole or not at all, with no upload endpoint beside GraphQL (every server of the platform, gateway included,
 * reads at most 1 MB per request: packages/server MAX_BODY_BYTES), so the limits below keep a full report under
 * it. The phone page shrinks pictures before sending (a 1280-pixel JPEG is 150–300 KB).
 */
export const MAX_PHOTOS = 6;
/** Per photo, decoded. */
export const MAX_PHOTO_BYTES = 700 * 1024;
/** All photos of one report, decoded: base64 adds a third, which must still fit the 1 MB request. */
export const MAX_PHOTOS_TOTAL_BYTES = 720 * 1024;

export const PHOTO_TYPES: Record<string, { ext: 'jpg' | 'png' | 'webp'; magic: (b: Buffer) => boolean }> = {
  'image/jpeg': { ext: 'jpg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  'image/png': { ext: 'png', magic: (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])) },
  'image/webp': {
    ext: 'webp',
    magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
};

export interface DecodedPhoto {
  bytes: Buffer;
  contentType: string;
  ext: 'jpg' | 'png' | 'webp';
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks every photo before anything is stored: count, type (the declared one and the file's own first bytes must
 * agree), size each and in all. A `data:image/…;base64,` prefix is accepted, since that is what a browser's
 * FileReader gives.
 */
export function decodePhotos(photos: readonly { contentType: string; dataBase64: string }[]): DecodedPhoto[] {
  if (photos.length > MAX_PHOTOS) throw userInputError(`最多上传 ${MAX_PHOTOS} 张照片`, 'photos');
  let total = 0;
  return photos.map((photo, i) => {
    const field = `photos.${i}`;
    const type = PHOTO_TYPES[photo.contentType?.trim().toLowerCase()];
    if (!type) throw userInputError(`第 ${i + 1} 张照片的格式不支持:只接受 JPEG、PNG、WebP`, field);
    const text = (photo.dataBase64 ?? '').replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
    // Refuse by length before decoding, so an oversized photo costs no memory.
    if (Math.floor((text.length * 3) / 4) > MAX_PHOTO_BYTES + 2)
      throw userInputError(`第 ${i + 1} 张照片超过 ${MAX_PHOTO_BYTES / 1024} KB,请压缩后再上传`, field);
    if (!text || !BASE64.test(text)) throw userInputError(`第 ${i + 1} 张照片的内容不是有效的 Base64`, field);
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES)
      throw userInputError(`第 ${i + 1} 张照片超过 ${MAX_PHOTO_BYTES / 1024} KB,请压缩后再上传`, field);
    if (!type.magic(bytes)) throw userInputError(`第 ${i + 1} 张照片的内容与声明的格式不符`, field);
    total += bytes.length;
    if (total > MAX_PHOTOS_TOTAL_BYTES)
      throw userInputError(`照片合计超过 ${MAX_PHOTOS_TOTAL_BYTES / 1024} KB,请减少或压缩后再上传`, 'photos');
    return { bytes, contentType: photo.contentType.trim().toLowerCase(), ext: type.ext };
  });
}
