-- Updates and interactions already answered, per platform, so that one delivered twice (a restart
-- between fetching and replying, or another instance) is answered once. Kept for a day.
create table delivery (
    platform       varchar(20)    not null,
    delivery_id    varchar(80)    not null,
    expires_at     timestamp with time zone not null,
    primary key (platform, delivery_id)
);
create index delivery_expiry on delivery (expires_at);
