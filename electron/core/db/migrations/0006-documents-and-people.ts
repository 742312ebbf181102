import type { SchemaStep } from './migration'

/**
 * Articles become mergeable documents, and people are known by name.
 *
 * - article_documents: each article's Yjs document as one compacted state
 *   (update format v2), with when and on which device the article's stored
 *   JSON became that document: converting the same JSON twice would double the
 *   text once the two copies merge, so the row is the record that it happened.
 * - article_updates: the edits since that state, appended as they are
 *   committed, with who made them; compaction folds them into the state.
 * - article_rows_behind: the articles whose row has not been written from
 *   their document since their last edit. A program that finds one there
 *   (the app was killed before it wrote the row, or another program made the
 *   edit) writes the row before reading it. A table of its own, so marking
 *   an edit never rewrites the document's stored state.
 * - people: everyone this desk has seen write, with their role.
 * - this_device: this installation's Ed25519 key pair and, once given, the
 *   profile of the person who uses it.
 * - status changes record who made them.
 *
 * No article is converted here: conversion reads the article schema, which is
 * live code; each article is converted, once, the first time it is needed.
 */
export const updateToSchemaVersion6: SchemaStep = (db) => {
  db.exec(`
    CREATE TABLE people (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL,
      role       TEXT NOT NULL CHECK (role IN ('journalist', 'editor', 'web_desk')),
      public_key TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE this_device (
      only        INTEGER PRIMARY KEY CHECK (only = 1),
      device_id   TEXT NOT NULL,
      public_key  TEXT NOT NULL,
      private_key TEXT NOT NULL,
      person_id   TEXT REFERENCES people (id),
      created_at  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_documents (
      article_id   TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
      state        BLOB NOT NULL,
      layout       INTEGER NOT NULL,
      converted_at TEXT NOT NULL,
      converted_on TEXT NOT NULL,
      compacted_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_rows_behind (
      article_id TEXT PRIMARY KEY REFERENCES article_documents (article_id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE article_updates (
      seq         INTEGER PRIMARY KEY AUTOINCREMENT,
      article_id  TEXT NOT NULL REFERENCES article_documents (article_id) ON DELETE CASCADE,
      data        BLOB NOT NULL,
      person_id   TEXT REFERENCES people (id),
      received_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX article_updates_by_article ON article_updates (article_id, seq);

    ALTER TABLE article_status_changes ADD COLUMN person_id TEXT REFERENCES people (id);
  `)
}
