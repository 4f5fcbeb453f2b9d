-- Cards served to platforms that fetch images by URL (Instagram, Threads) at
-- <publicBaseUrl>/cards/<id>.jpg. The id is random and unguessable; a card is
-- served until expires_at (48 h) and answers 404 afterwards.
CREATE TABLE public_card (
  id         VARCHAR(64) PRIMARY KEY,
  mime       VARCHAR(32) NOT NULL,
  bytes      BYTEA NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX public_card_expires ON public_card (expires_at);
