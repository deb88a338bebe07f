-- The kiosk's only door: the program a code opens, stripped to what a waiting room may see (title,
-- language, instructions, items). No names, no dates, no ids. Runs with its owner's rights (SECURITY
-- DEFINER) so the kiosk role needs no SELECT on any table. search_path is pinned so nobody can slip a
-- look-alike table or operator in front of ours.
--
-- Expiry: the later of the kiosk's day and the server's day counts, so a kiosk can make a code expire
-- sooner but never open an expired one by setting its clock back.
create function program_by_code(p_code text, p_today date) returns jsonb
    language sql
    stable
    security definer
    set search_path = pg_catalog, ${flyway:defaultSchema}
as $$
    select jsonb_build_object(
               'title', p.document -> 'title',
               'language', p.document -> 'language',
               'instructions', p.document -> 'instructions',
               'items', p.document -> 'items')
    from ${flyway:defaultSchema}.program_code c
    join ${flyway:defaultSchema}.program p on p.id = c.program_id
    where c.code = p_code
      and c.revoked_on is null
      and greatest(p_today, current_date)
          <= coalesce(p.review_date, c.issued_on + 7 * c.weeks_without_review) + c.grace_days
$$;

revoke all on function program_by_code(text, date) from public;
revoke all on table program, program_code from public;

grant usage on schema ${flyway:defaultSchema} to ${desk_role}, ${kiosk_role};
grant select, insert, update, delete on table program to ${desk_role};
grant select, insert, update on table program_code to ${desk_role};
grant execute on function program_by_code(text, date) to ${desk_role}, ${kiosk_role};
