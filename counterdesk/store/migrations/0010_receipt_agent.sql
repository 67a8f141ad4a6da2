-- 0010: receipt first, agents and completion.
--
-- An agent (代理人) may apply for the applicant: the agent's name, identity document, phone
-- and relation to the applicant are kept with the case and printed on its documents. Cases
-- registered before this version have no agent (empty name).
ALTER TABLE cases ADD COLUMN agent_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN agent_id_type TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN agent_id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN agent_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN agent_relation TEXT NOT NULL DEFAULT '';

-- 收件 is its own step: a submission may be recorded (and its 材料接收凭证 printed) before any
-- decision. The time of receipt, and the clerk's reason when the day of receipt is earlier
-- than the day it was recorded (materials left yesterday, recorded today).
ALTER TABLE submissions ADD COLUMN received_at TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN backdate_reason TEXT NOT NULL DEFAULT '';

-- 办结 recorded: the result (approved / refused / done), the deciding document's number and
-- date, and how the result reaches the applicant (自取, or 邮寄 to an address). Cases
-- completed before this version keep their free-text `result` only.
ALTER TABLE cases ADD COLUMN result_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN result_doc_no TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN result_doc_date TEXT;
ALTER TABLE cases ADD COLUMN delivery TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN delivery_address TEXT NOT NULL DEFAULT '';
