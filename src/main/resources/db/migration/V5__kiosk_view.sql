-- The kiosk's view of a program, made by the desk when it saves (KioskProgram.of: the patient's name masked in
-- the title, instructions and notes, decision 0030), so the kiosk gets exactly what the file store gives it. The
-- mask needs the patient field, which the kiosk role may not see, and its rules (accents, Dutch particles,
-- whole words) live in Java; V6 fills the column for programs saved before this version and makes it required.
alter table program add column kiosk_view jsonb;

-- One answer for a typed code, as the file store gives it (decision 0036): {"program": …} when it opens a program,
-- {"lapsed": true} when it was issued here but no longer works (revoked, replaced, expired, program deleted),
-- null when it never existed. Only that last one counts towards the brake of V4: a lapsed code is the patient's
-- right paper, not a guess, and codes are never reused, so knowing it once existed opens nothing.
create function kiosk_lookup(p_code text, p_today date) returns jsonb
    language plpgsql
    volatile
    security definer
    set search_path = pg_catalog, ${flyway:defaultSchema}
as $$
declare
    issued boolean := false;
    found jsonb;
begin
    if (select coalesce(sum(misses), 0) from ${flyway:defaultSchema}.code_lookup_miss
        where minute > now() - interval '10 minutes') >= 100 then
        raise exception 'too many wrong program codes at this clinic; lookups rest for a few minutes'
            using errcode = 'PK001';
    end if;
    select true,
           case when c.revoked_on is null
                 and p.id is not null
                 and greatest(p_today, current_date)
                     <= coalesce(p.review_date, c.issued_on + 7 * c.weeks_without_review) + c.grace_days
                then p.kiosk_view
           end
    into issued, found
    from ${flyway:defaultSchema}.program_code c
    left join ${flyway:defaultSchema}.program p on p.id = c.program_id
    where c.code = p_code;
    if found is not null then
        return jsonb_build_object('program', found);
    end if;
    if issued then
        return jsonb_build_object('lapsed', true);
    end if;
    insert into ${flyway:defaultSchema}.code_lookup_miss as m (minute, misses)
    values (date_trunc('minute', now()), 1)
    on conflict (minute) do update set misses = m.misses + 1;
    delete from ${flyway:defaultSchema}.code_lookup_miss where minute < now() - interval '1 hour';
    return null;
end
$$;

revoke all on function kiosk_lookup(text, date) from public;
grant execute on function kiosk_lookup(text, date) to ${desk_role}, ${kiosk_role};

-- Kiosks of the previous version keep working, and get the masked view too (never the stored document).
create or replace function program_by_code(p_code text, p_today date) returns jsonb
    language sql
    volatile
    security definer
    set search_path = pg_catalog, ${flyway:defaultSchema}
as $$
    select ${flyway:defaultSchema}.kiosk_lookup(p_code, p_today) -> 'program'
$$;
