-- export_schema.sql — the tables `baogao export --sqlite FILE` writes.
-- Compiled into the binary at build time (tools/gen_text.c) and run on
-- the new FILE before the rows go in, all in one transaction. Ids are
-- whole numbers from 1, in load order; a text column is NULL where the
-- report states nothing ("" never stands for "none").
--
-- Query examples:
--   sqlite3 out.db "SELECT region, count(*) FROM documents GROUP BY region"
--   sqlite3 out.db "SELECT d.path, i.value, i.unit FROM indicators i
--                   JOIN documents d ON d.id = i.document
--                   WHERE i.canonical = '地区生产总值'"
--   -- full text (3+ characters; simplified finds traditional too):
--   sqlite3 out.db "SELECT d.path, f.line, snippet(section_text, 0, '[', ']', '…', 8)
--                   FROM section_text f JOIN documents d ON d.id = f.document
--                   WHERE section_text MATCH '{folded}: \"营商环境\"'"

-- One row per report (a CSV export's row is a report of its own).
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY, -- 1, 2, … in load order
  path         TEXT NOT NULL,       -- the file as given; path#N for row N of a CSV export
  format       TEXT NOT NULL,       -- text, csv, html, docx, pdf
  encoding     TEXT NOT NULL,       -- as detected: UTF-8, GB18030, Big5, …
  region       TEXT,                -- as the report names it: 广州市荔湾区
  region_code  INTEGER,             -- its GB/T 2260 code: 44, 4401, 440103
  year         INTEGER,             -- the year it was delivered or issued
  kind         TEXT NOT NULL,       -- work-report, plan-execution, five-year-plan,
                                    -- budget, statistical-communique, other
  script       TEXT,                -- Hans (simplified) or Hant (traditional)
  title        TEXT,                -- the report's own title
  duplicate_of INTEGER REFERENCES documents(id) -- the report this one nearly repeats
);

-- The headings of each report and the text each one heads.
CREATE TABLE sections (
  id       INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id),
  parent   INTEGER REFERENCES sections(id), -- the section it is in; NULL at the top
  level    INTEGER NOT NULL,      -- 1 the top level
  marker   TEXT,                  -- as written: 一、 （二） 第三章; NULL for a bare heading
  title    TEXT NOT NULL,         -- the heading's text after the marker
  line     INTEGER NOT NULL,      -- 1-based line of the original file
  start    INTEGER NOT NULL,      -- byte offsets in the report's clean text (`baogao cat`)
  "end"    INTEGER NOT NULL       --   from the heading to the next of its level or higher
);
CREATE INDEX sections_document ON sections(document);

-- The numbers the reports state (what `baogao indicators` prints).
CREATE TABLE indicators (
  id        INTEGER PRIMARY KEY,
  document  INTEGER NOT NULL REFERENCES documents(id),
  section   INTEGER REFERENCES sections(id), -- the section it is said in
  name      TEXT NOT NULL,      -- the noun phrase as written
  canonical TEXT NOT NULL,      -- the concept: 生产总值 and GDP are 地区生产总值
  value     TEXT,               -- the number as stated in ASCII digits: 33.5
  unit      TEXT,               -- as stated: 亿元, %, 万人
  amount    REAL,               -- value times the unit, in the base unit (元, 人, %)
  change    TEXT,               -- signed as stated: +4.8%, -0.3个百分点
  period    TEXT,               -- the year (2023) or years (2016-2020) it refers to
  kind      TEXT NOT NULL,      -- actual, target or expected
  note      TEXT,               -- qualifiers, ';'-separated: 以上;左右;年均
  line      INTEGER NOT NULL    -- 1-based line of the original file
);
CREATE INDEX indicators_canonical ON indicators(canonical);
CREATE INDEX indicators_document ON indicators(document);

-- The tables of the reports, and their cells.
CREATE TABLE tables (
  id       INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id),
  label    TEXT,                -- 表 1, 附件 1
  caption  TEXT,                -- the caption after the label
  line     INTEGER NOT NULL,    -- 1-based line of its first row
  "rows"   INTEGER NOT NULL     -- rows, header rows included
);
CREATE TABLE cells (
  tbl    INTEGER NOT NULL REFERENCES tables(id),
  "row"  INTEGER NOT NULL,      -- 0-based, in table order
  col    INTEGER NOT NULL,      -- 0-based
  text   TEXT NOT NULL,         -- the cell's text, trimmed
  header INTEGER NOT NULL,      -- 1 in a header row
  PRIMARY KEY (tbl, "row", col)
) WITHOUT ROWID;

-- Full text: one row per section with the section's own text (up to its
-- first subsection), and one (section NULL) for a report's text before
-- its first heading. The trigram tokenizer finds any substring of 3 or
-- more characters, Chinese included; `folded` is the same text folded as
-- `baogao search` folds it (traditional → simplified, full-width →
-- half-width, lower case), so a query folded the same way finds either
-- script: MATCH '{folded}: "经济发展"' finds 經濟發展 too.
CREATE VIRTUAL TABLE section_text USING fts5(
  text,                          -- the clean text, paragraphs one per line
  folded,                        -- that text folded
  document UNINDEXED,            -- documents.id
  section UNINDEXED,             -- sections.id, NULL before the first heading
  line UNINDEXED,                -- 1-based line of the original file where it starts
  tokenize = 'trigram'
);
