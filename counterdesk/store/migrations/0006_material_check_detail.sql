-- 0006: what exactly is wrong with a material, in the clerk's words (第3页缺少申请人签字), is
-- kept with the check and printed beside the defect on the 一次性告知书. Checks made before
-- this version have none.
ALTER TABLE material_checks ADD COLUMN detail TEXT NOT NULL DEFAULT '';
