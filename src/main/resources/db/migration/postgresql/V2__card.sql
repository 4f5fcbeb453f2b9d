CREATE TABLE card (
  article_id BIGINT NOT NULL REFERENCES article (id),
  layout     VARCHAR(32) NOT NULL,
  mime       VARCHAR(32) NOT NULL,
  width      INT NOT NULL,
  height     INT NOT NULL,
  alt_text   VARCHAR,
  bytes      BYTEA NOT NULL,
  PRIMARY KEY (article_id, layout)
);
