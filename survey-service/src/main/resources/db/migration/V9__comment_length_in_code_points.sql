-- A comment is limited in characters (code points, maxLength ≤ 2 000 in the question set). PostgreSQL
-- counts VARCHAR(n) in characters, but H2 counts UTF-16 units, where an emoji takes two: a comment of
-- 1 500 emoji passed the check and failed the insert with a 500 on the embedded database. Room for
-- 2 000 characters of two units each on both.
ALTER TABLE response ALTER COLUMN comment_text SET DATA TYPE VARCHAR(4000);
