SELECT coalesce(kind, '(total)') AS kind,
  count(*) FILTER (dag = 'Feb-22') AS "Feb-22", count(*) FILTER (dag = 'Mar-22') AS "Mar-22",
  count(*) FILTER (dag = 'Apr-22') AS "Apr-22", count(*) AS total
FROM read_csv('$REGISTER', all_varchar = true)
WHERE try_strptime(dag, '%b-%y') BETWEEN DATE '2022-02-01' AND DATE '2022-04-01'
GROUP BY ROLLUP (kind)
ORDER BY grouping(kind), list_position(['BP', 'IF', 'BRS', 'GA', 'TD'], kind);
