SELECT ref, name, dag FROM read_csv('$REGISTER', all_varchar = true)
WHERE kind = 'IF' AND lower(status) = 'blocked'
  AND try_strptime(dag, '%b-%y') < DATE '2022-05-01';
