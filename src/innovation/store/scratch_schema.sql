CREATE TABLE audit_event (
	id INTEGER NOT NULL, 
	doc TEXT NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	at TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[1]')) STORED, 
	actor TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[2]')) STORED, 
	kind TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[3]')) STORED, 
	area TEXT GENERATED ALWAYS AS (json_extract(doc, '$[4]')) STORED, 
	subject TEXT GENERATED ALWAYS AS (json_extract(doc, '$[5]')) STORED, 
	"before" TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[6]')) VIRTUAL, 
	"after" TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[7]')) VIRTUAL, 
	reason TEXT GENERATED ALWAYS AS (json_extract(doc, '$[8]')) VIRTUAL, 
	on_day TEXT GENERATED ALWAYS AS (CASE WHEN json_array_length(doc) = 11 THEN json_extract(doc, '$[9]') END) STORED, 
	prev_hash TEXT NOT NULL GENERATED ALWAYS AS (json_extract(doc, '$[#-1]')) STORED, 
	PRIMARY KEY (id), 
	CONSTRAINT ck_audit_event_id CHECK (id >= 1)
);

CREATE INDEX ix_audit_area_id ON audit_event (area, id);

CREATE INDEX ix_audit_area_on ON audit_event (area, on_day, id);

CREATE INDEX ix_audit_kind_at ON audit_event (kind, at);

CREATE INDEX ix_audit_subject ON audit_event (subject);

CREATE TABLE person (
	id INTEGER NOT NULL, 
	username VARCHAR(63) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	roles VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	email VARCHAR(254), 
	digest VARCHAR(10) DEFAULT 'weekly' NOT NULL, 
	lang VARCHAR(2), 
	PRIMARY KEY (id), 
	UNIQUE (username)
);

CREATE TABLE area (
	id INTEGER NOT NULL, 
	question VARCHAR(500) NOT NULL, 
	track VARCHAR(40) NOT NULL, 
	phase VARCHAR(40) NOT NULL, 
	cycle INTEGER NOT NULL, 
	round VARCHAR(40), 
	fadder VARCHAR(63) NOT NULL, 
	ledartroja1 VARCHAR(63) NOT NULL, 
	ledartroja2 VARCHAR(63) NOT NULL, 
	scope TEXT, 
	scope_cycle INTEGER, 
	nylage TEXT, 
	nylage_cycle INTEGER, 
	owner VARCHAR(200), 
	owner_cycle INTEGER, 
	created_at DATETIME NOT NULL, 
	phase_since DATETIME NOT NULL, 
	version INTEGER NOT NULL, 
	hold_until VARCHAR(10), 
	hold_reason TEXT, 
	hold_since DATETIME, 
	merged_into INTEGER, 
	merged_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(fadder) REFERENCES person (username), 
	FOREIGN KEY(ledartroja1) REFERENCES person (username), 
	FOREIGN KEY(ledartroja2) REFERENCES person (username), 
	FOREIGN KEY(merged_into) REFERENCES area (id)
);

CREATE INDEX ix_area_phase ON area (phase, merged_into);

CREATE TABLE goal_area (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	goals TEXT NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_goal_area_name UNIQUE (name), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE partner (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	status VARCHAR(20) DEFAULT 'explored' NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_partner_name UNIQUE (name), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE period (
	id INTEGER NOT NULL, 
	"key" VARCHAR(7) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	opened_by VARCHAR(63) NOT NULL, 
	opened_at DATETIME NOT NULL, 
	closed_by VARCHAR(63), 
	closed_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE ("key"), 
	FOREIGN KEY(opened_by) REFERENCES person (username), 
	FOREIGN KEY(closed_by) REFERENCES person (username)
);

CREATE TABLE report_revision (
	id INTEGER NOT NULL, 
	period VARCHAR(7) NOT NULL, 
	revision INTEGER NOT NULL, 
	doc TEXT NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	changes TEXT, 
	reason TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_report_revision UNIQUE (period, revision), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE round (
	id INTEGER NOT NULL, 
	name VARCHAR(40) NOT NULL, 
	year INTEGER NOT NULL, 
	description TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_round_name UNIQUE (name), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE setting (
	id INTEGER NOT NULL, 
	"key" VARCHAR(60) NOT NULL, 
	value TEXT NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_setting_key UNIQUE ("key"), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE ssh_key (
	id INTEGER NOT NULL, 
	username VARCHAR(63) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	fingerprint VARCHAR(60) NOT NULL, 
	public_key TEXT NOT NULL, 
	comment VARCHAR(200), 
	added_by VARCHAR(63) NOT NULL, 
	added_at DATETIME NOT NULL, 
	revoked_by VARCHAR(63), 
	revoked_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_ssh_key_fingerprint UNIQUE (fingerprint), 
	FOREIGN KEY(username) REFERENCES person (username), 
	FOREIGN KEY(added_by) REFERENCES person (username), 
	FOREIGN KEY(revoked_by) REFERENCES person (username)
);

CREATE TABLE training (
	id INTEGER NOT NULL, 
	trainer VARCHAR(63) NOT NULL, 
	trainee VARCHAR(63) NOT NULL, 
	on_day DATE NOT NULL, 
	topic TEXT NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(trainer) REFERENCES person (username), 
	FOREIGN KEY(trainee) REFERENCES person (username), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE activity (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	cycle INTEGER NOT NULL, 
	date DATE NOT NULL, 
	kind VARCHAR(200) NOT NULL, 
	residents INTEGER NOT NULL, 
	staff INTEGER NOT NULL, 
	managers INTEGER NOT NULL, 
	note TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_activity_area_cycle ON activity (area_id, cycle);

CREATE TABLE assignment (
	id INTEGER NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	description TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	points TEXT, 
	nulage TEXT, 
	nylage TEXT, 
	goal_area_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (title), 
	FOREIGN KEY(created_by) REFERENCES person (username), 
	FOREIGN KEY(goal_area_id) REFERENCES goal_area (id)
);

CREATE TABLE collaboration (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	partner_id INTEGER NOT NULL, 
	form VARCHAR(20) NOT NULL, 
	since DATE NOT NULL, 
	until DATE, 
	note TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(partner_id) REFERENCES partner (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_collaboration_area ON collaboration (area_id);

CREATE TABLE delegation (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	fadder VARCHAR(63) NOT NULL, 
	delegate VARCHAR(63) NOT NULL, 
	until DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(fadder) REFERENCES person (username), 
	FOREIGN KEY(delegate) REFERENCES person (username)
);

CREATE INDEX ix_delegation_area ON delegation (area_id);

CREATE TABLE handover (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	outgoing VARCHAR(63) NOT NULL, 
	incoming VARCHAR(63) NOT NULL, 
	reason TEXT NOT NULL, 
	note TEXT, 
	note_at DATETIME, 
	seen_at DATETIME, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(outgoing) REFERENCES person (username), 
	FOREIGN KEY(incoming) REFERENCES person (username), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_handover_area ON handover (area_id);

CREATE TABLE indicator (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	kolada VARCHAR(40), 
	unit VARCHAR(40) NOT NULL, 
	baseline_year INTEGER NOT NULL, 
	baseline FLOAT NOT NULL, 
	national FLOAT, 
	target VARCHAR(200) NOT NULL, 
	better VARCHAR(6) DEFAULT 'higher' NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_indicator_area ON indicator (area_id);

CREATE TABLE lesson (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	cycle INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_lesson_area_cycle ON lesson (area_id, cycle);

CREATE INDEX ix_lesson_created ON lesson (created_at);

CREATE TABLE phase_stay (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	phase VARCHAR(40) NOT NULL, 
	since DATETIME NOT NULL, 
	until DATETIME, 
	came_from VARCHAR(40), 
	days FLOAT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id)
);

CREATE INDEX ix_phase_stay_since ON phase_stay (since);

CREATE INDEX ix_phase_stay_time ON phase_stay (area_id, phase, days, since);

CREATE TABLE request (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	"trigger" VARCHAR(40) NOT NULL, 
	source VARCHAR(40) NOT NULL, 
	dest VARCHAR(40) NOT NULL, 
	cycle INTEGER NOT NULL, 
	reason TEXT NOT NULL, 
	area_version INTEGER NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	requested_by VARCHAR(63) NOT NULL, 
	requested_at DATETIME NOT NULL, 
	decided_by VARCHAR(63), 
	decided_at DATETIME, 
	comment TEXT, 
	on_behalf_of VARCHAR(63), 
	back_to VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(requested_by) REFERENCES person (username), 
	FOREIGN KEY(decided_by) REFERENCES person (username), 
	FOREIGN KEY(on_behalf_of) REFERENCES person (username)
);

CREATE INDEX ix_request_status_area ON request (status, area_id);

CREATE TABLE status_report (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	period VARCHAR(7) NOT NULL, 
	color VARCHAR(4) NOT NULL, 
	cause TEXT, 
	measures TEXT, 
	comment TEXT, 
	amends INTEGER, 
	amend_reason TEXT, 
	reported_by VARCHAR(63) NOT NULL, 
	reported_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(amends) REFERENCES status_report (id), 
	FOREIGN KEY(reported_by) REFERENCES person (username)
);

CREATE INDEX ix_status_area_period ON status_report (area_id, period);

CREATE TABLE area_assignment (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	assignment_id INTEGER NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_area_assignment UNIQUE (area_id, assignment_id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(assignment_id) REFERENCES assignment (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE assignment_indicator (
	id INTEGER NOT NULL, 
	assignment_id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	horizon VARCHAR(20) NOT NULL, 
	unit VARCHAR(40) NOT NULL, 
	start_year INTEGER, 
	own FLOAT, 
	national FLOAT, 
	target VARCHAR(200), 
	source VARCHAR(60), 
	target_kind VARCHAR(20), 
	target_value FLOAT, 
	kolada VARCHAR(40), 
	better VARCHAR(6) DEFAULT 'higher' NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(assignment_id) REFERENCES assignment (id)
);

CREATE TABLE assignment_status (
	id INTEGER NOT NULL, 
	assignment_id INTEGER NOT NULL, 
	period VARCHAR(7) NOT NULL, 
	color VARCHAR(4) NOT NULL, 
	comment TEXT NOT NULL, 
	cause TEXT, 
	measures TEXT, 
	reported_by VARCHAR(63) NOT NULL, 
	reported_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(assignment_id) REFERENCES assignment (id), 
	FOREIGN KEY(reported_by) REFERENCES person (username)
);

CREATE TABLE idea (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	origin_area_id INTEGER, 
	title VARCHAR(200) NOT NULL, 
	description TEXT, 
	kind VARCHAR(20) NOT NULL, 
	source VARCHAR(20) NOT NULL, 
	source_note VARCHAR(200), 
	activity_id INTEGER, 
	status VARCHAR(20) NOT NULL, 
	status_reason TEXT, 
	decided_by VARCHAR(63), 
	decided_at DATETIME, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(origin_area_id) REFERENCES area (id), 
	FOREIGN KEY(activity_id) REFERENCES activity (id), 
	FOREIGN KEY(decided_by) REFERENCES person (username), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE INDEX ix_idea_area ON idea (area_id);

CREATE TABLE indicator_value (
	id INTEGER NOT NULL, 
	indicator_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	gender VARCHAR(1) NOT NULL, 
	value FLOAT NOT NULL, 
	source VARCHAR(200) NOT NULL, 
	fetched_at DATETIME NOT NULL, 
	recorded_by VARCHAR(63) NOT NULL, 
	above INTEGER, 
	below INTEGER, 
	ranked INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_indicator_value UNIQUE (indicator_id, year, gender), 
	FOREIGN KEY(indicator_id) REFERENCES indicator (id), 
	FOREIGN KEY(recorded_by) REFERENCES person (username)
);

CREATE TABLE org_activity (
	id INTEGER NOT NULL, 
	kind VARCHAR(100) NOT NULL, 
	title TEXT NOT NULL, 
	assignment_id INTEGER, 
	planned_on DATE NOT NULL, 
	done_on DATE, 
	residents INTEGER DEFAULT '0' NOT NULL, 
	staff INTEGER DEFAULT '0' NOT NULL, 
	managers INTEGER DEFAULT '0' NOT NULL, 
	note TEXT, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(assignment_id) REFERENCES assignment (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE assignment_indicator_value (
	id INTEGER NOT NULL, 
	indicator_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	value FLOAT NOT NULL, 
	national FLOAT, 
	rank INTEGER, 
	ranked INTEGER, 
	source VARCHAR(200) NOT NULL, 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_assignment_value_year UNIQUE (indicator_id, year), 
	FOREIGN KEY(indicator_id) REFERENCES assignment_indicator (id), 
	FOREIGN KEY(created_by) REFERENCES person (username)
);

CREATE TABLE idea_score (
	id INTEGER NOT NULL, 
	idea_id INTEGER NOT NULL, 
	username VARCHAR(63) NOT NULL, 
	effect INTEGER NOT NULL, 
	cost INTEGER NOT NULL, 
	speed INTEGER NOT NULL, 
	reason TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_idea_score UNIQUE (idea_id, username), 
	FOREIGN KEY(idea_id) REFERENCES idea (id), 
	FOREIGN KEY(username) REFERENCES person (username)
);

CREATE TABLE idea_support (
	id INTEGER NOT NULL, 
	idea_id INTEGER NOT NULL, 
	username VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_idea_support UNIQUE (idea_id, username), 
	FOREIGN KEY(idea_id) REFERENCES idea (id), 
	FOREIGN KEY(username) REFERENCES person (username)
);

CREATE TABLE trial (
	id INTEGER NOT NULL, 
	area_id INTEGER NOT NULL, 
	cycle INTEGER NOT NULL, 
	hypothesis TEXT NOT NULL, 
	measure TEXT, 
	result TEXT, 
	outcome VARCHAR(20), 
	created_by VARCHAR(63) NOT NULL, 
	created_at DATETIME NOT NULL, 
	result_at DATETIME, 
	idea_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(area_id) REFERENCES area (id), 
	FOREIGN KEY(created_by) REFERENCES person (username), 
	FOREIGN KEY(idea_id) REFERENCES idea (id)
);

CREATE INDEX ix_trial_area_cycle ON trial (area_id, cycle);

CREATE INDEX ix_trial_created ON trial (created_at);

CREATE INDEX ix_trial_result ON trial (result_at);
