-- A brake for whoever holds the kiosk role's password and asks the database directly, past the keypad's own
-- lock-out: wrong codes are counted per minute for all kiosks together, and after 100 in 10 minutes every
-- lookup is refused until the count drops (a clinic's patients mistype a few times an hour, not ten times a
-- minute). The brake also stops right codes while it holds: a guess and a code cannot be told apart.
create table code_lookup_miss (
    minute timestamptz primary key,
    misses integer not null
);
revoke all on table code_lookup_miss from public;

create or replace function program_by_code(p_code text, p_today date) returns jsonb
    language plpgsql
    volatile
    security definer
    set search_path = pg_catalog, ${flyway:defaultSchema}
as $$
declare
    found jsonb;
begin
    if (select coalesce(sum(misses), 0) from ${flyway:defaultSchema}.code_lookup_miss
        where minute > now() - interval '10 minutes') >= 100 then
        raise exception 'too many wrong program codes at this clinic; lookups rest for a few minutes'
            using errcode = 'PK001';
    end if;
    select jsonb_build_object(
               'title', p.document -> 'title',
               'language', p.document -> 'language',
               'instructions', p.document -> 'instructions',
               'items', p.document -> 'items')
    into found
    from ${flyway:defaultSchema}.program_code c
    join ${flyway:defaultSchema}.program p on p.id = c.program_id
    where c.code = p_code
      and c.revoked_on is null
      and greatest(p_today, current_date)
          <= coalesce(p.review_date, c.issued_on + 7 * c.weeks_without_review) + c.grace_days;
    if found is null then
        insert into ${flyway:defaultSchema}.code_lookup_miss as m (minute, misses)
        values (date_trunc('minute', now()), 1)
        on conflict (minute) do update set misses = m.misses + 1;
        delete from ${flyway:defaultSchema}.code_lookup_miss where minute < now() - interval '1 hour';
    end if;
    return found;
end
$$;
