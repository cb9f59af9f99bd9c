-- Candidate contacts are read through the same answer cache as every list (V40): an import, an acceptance or a
-- rejection moves the data version on, so that no editor is answered an older list of candidates afterwards.
do $$
declare
    t text;
begin
    foreach t in array array['candidate_import', 'candidate_group', 'candidate']
    loop
        execute format('create trigger %I before insert or update or delete or truncate on %I '
                       'for each statement execute function move_data_version_on()', t || '_data_version', t);
    end loop;
end
$$;
