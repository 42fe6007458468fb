-- When each unit's registration was legally valid: from its first registration until its cancellation (open while
-- in force). Kept by every recording; rebuilt from the register's events when found empty. OGC API datetime
-- filters read it.
CREATE TABLE unit_validity (
    code        varchar(28) PRIMARY KEY,
    valid_from  timestamp with time zone NOT NULL,
    valid_to    timestamp with time zone
);
CREATE INDEX unit_validity_from_idx ON unit_validity (valid_from);
