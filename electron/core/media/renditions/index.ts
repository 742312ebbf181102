// The picture pipeline's one entry point for the exporter.
export { prepareExportPictures, type ExportPicturesOptions } from './prepare-export-pictures'
export { pruneRenditionCache } from './rendition-cache-prune'
