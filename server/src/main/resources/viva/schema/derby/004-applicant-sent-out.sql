--liquibase formatted sql

-- The secretariat may send the admitted applicant out to the lobby; a return, even by the join
-- link, then waits there to be admitted again.

--changeset viva:4 dbms:derby
ALTER TABLE DEFENSE ADD COLUMN APPLICANT_SENT_OUT_AT TIMESTAMP;
