-- H2 keeps BLOBs out of the row pages, so listing posts never drags card images along.
CREATE TABLE card (
  article_id BIGINT NOT NULL REFERENCES article (id),
  layout     VARCHAR(32) NOT NULL,
  mime       VARCHAR(32) NOT NULL,
  width      INT NOT NULL,
  height     INT NOT NULL,
  alt_text   VARCHAR,
  bytes      BLOB NOT NULL,
  PRIMARY KEY (article_id, layout)
);
