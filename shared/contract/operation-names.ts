// The contract's operation names on their own, without zod: the sandboxed
// preload cannot `require('zod')`, yet it must expose exactly these.
// operations.ts checks its schemas against this list, name for name.
export const operationNames = [
  'listArticles',
  'createArticle',
  'getArticle',
  'saveArticle',
  'deleteArticle',
  'setArticleStatus',
  'addImage',
  'checkArticle',
  'exportArticle',
  'beginExportBatch',
  'openExportFolder',
  'previewArticle',
  'importArticle',
  'cancelImport',
  'listSections',
  'saveSections',
  'getSettings',
  'saveSettings',
  'showLog',
  'openArticleDocument',
  'sendArticleUpdate',
  'getProfile',
  'saveProfile',
  'findPeople',
  'listPeople',
  'reportProblem',
  'saveRevision',
  'listRevisions',
  'compareRevisions',
  'restoreRevision',
  'closeArticle',
  'listCommentThreads',
  'addComment',
  'listSuggestions',
  'decideSuggestions',
  'reviewHistory',
  'listMentions'
] as const

export type OperationName = (typeof operationNames)[number]
