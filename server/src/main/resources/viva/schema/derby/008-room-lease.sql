--liquibase formatted sql

-- One home per live room: which node holds a defense's room, its address for participants handed
-- over by the other nodes, and until when the lease holds unless renewed.

--changeset viva:8 dbms:derby
CREATE TABLE ROOM_LEASE (DEFENSE_ID BIGINT NOT NULL, EXPIRES_AT TIMESTAMP NOT NULL, NODE_NAME VARCHAR(64) NOT NULL, NODE_URL VARCHAR(255) NOT NULL, PRIMARY KEY (DEFENSE_ID));
