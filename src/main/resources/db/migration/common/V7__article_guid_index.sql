-- "Already known?" by GUID is asked for a whole poll's items at once (guid IN (...)). The unique
-- (source_id, guid) index only narrows H2 to the source's rows, which it then scans per batch; an index
-- on guid alone makes each lookup direct on H2 and PostgreSQL.
CREATE INDEX article_guid_idx ON article (guid);
