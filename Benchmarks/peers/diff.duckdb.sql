SELECT CASE WHEN a.id IS NULL THEN 'new' WHEN b.id IS NULL THEN 'removed' ELSE 'changed' END AS change,
  CASE WHEN a.kind IS DISTINCT FROM b.kind AND a.id = b.id THEN coalesce(a.kind, '') || '->' || coalesce(b.kind, '') ELSE coalesce(b.kind, a.kind) END AS kind,
  CASE WHEN a.ref IS DISTINCT FROM b.ref AND a.id = b.id THEN coalesce(a.ref, '') || '->' || coalesce(b.ref, '') ELSE CASE WHEN b.id IS NULL THEN a.ref ELSE b.ref END END AS ref,
  CASE WHEN a.name IS DISTINCT FROM b.name AND a.id = b.id THEN coalesce(a.name, '') || '->' || coalesce(b.name, '') ELSE CASE WHEN b.id IS NULL THEN a.name ELSE b.name END END AS name,
  CASE WHEN a.wg IS DISTINCT FROM b.wg AND a.id = b.id THEN coalesce(a.wg, '') || '->' || coalesce(b.wg, '') END AS wg,
  CASE WHEN a.subgroups IS DISTINCT FROM b.subgroups AND a.id = b.id THEN coalesce(a.subgroups, '') || '->' || coalesce(b.subgroups, '') END AS subgroups,
  CASE WHEN a.id IS NULL THEN b.status WHEN b.id IS NULL THEN a.status WHEN a.status IS DISTINCT FROM b.status THEN coalesce(a.status, '') || '->' || coalesce(b.status, '') END AS status,
  CASE WHEN a.id IS NULL THEN b.blocker WHEN b.id IS NULL THEN a.blocker WHEN a.blocker IS DISTINCT FROM b.blocker THEN coalesce(a.blocker, '') || '->' || coalesce(b.blocker, '') END AS blocker,
  CASE WHEN a.id IS NULL THEN b.sg WHEN b.id IS NULL THEN a.sg WHEN a.sg IS DISTINCT FROM b.sg THEN coalesce(a.sg, '') || '->' || coalesce(b.sg, '') END AS sg,
  CASE WHEN a.id IS NULL THEN b.review WHEN b.id IS NULL THEN a.review WHEN a.review IS DISTINCT FROM b.review THEN coalesce(a.review, '') || '->' || coalesce(b.review, '') END AS review,
  CASE WHEN a.id IS NULL THEN b.dag WHEN b.id IS NULL THEN a.dag WHEN a.dag IS DISTINCT FROM b.dag THEN coalesce(a.dag, '') || '->' || coalesce(b.dag, '') END AS dag
FROM read_csv('$FIRST', all_varchar = true) a
FULL OUTER JOIN read_csv('$SECOND', all_varchar = true) b ON a.id = b.id
WHERE a.id IS NULL OR b.id IS NULL
   OR a.kind IS DISTINCT FROM b.kind OR a.ref IS DISTINCT FROM b.ref OR a.name IS DISTINCT FROM b.name
   OR a.wg IS DISTINCT FROM b.wg OR a.subgroups IS DISTINCT FROM b.subgroups OR a.status IS DISTINCT FROM b.status
   OR a.blocker IS DISTINCT FROM b.blocker OR a.sg IS DISTINCT FROM b.sg OR a.review IS DISTINCT FROM b.review
   OR a.dag IS DISTINCT FROM b.dag
ORDER BY b.id IS NULL, CAST(coalesce(b.id, a.id) AS BIGINT);
