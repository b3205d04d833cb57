--liquibase formatted sql

-- derby/008 in PostgreSQL's dialect: the lease that gives each live room one node.

--changeset viva:8 dbms:postgresql
CREATE TABLE ROOM_LEASE (DEFENSE_ID BIGINT NOT NULL, EXPIRES_AT TIMESTAMP NOT NULL, NODE_NAME VARCHAR(64) NOT NULL, NODE_URL VARCHAR(255) NOT NULL, PRIMARY KEY (DEFENSE_ID));
