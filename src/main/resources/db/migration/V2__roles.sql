-- The two roles the app connects as. A clinic's administrator normally creates them first, with LOGIN and
-- a password (docs/multi-pc-clinic.md); if they do not exist yet and the migrating user may create roles,
-- they are created here without LOGIN, to be given one later.
do $$
begin
    if not exists (select from pg_catalog.pg_roles where rolname = '${desk_role}') then
        create role ${desk_role} nologin;
    end if;
    if not exists (select from pg_catalog.pg_roles where rolname = '${kiosk_role}') then
        create role ${kiosk_role} nologin;
    end if;
end
$$;
