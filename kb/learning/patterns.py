"""Pattern tables for learning material, kept as data (eyecite's lesson).

Patterns are written on *folded* text (``kb.vntext.fold``: lower case, no
diacritics, đ → d), which is length-preserving on NFC text, so every match
maps back to an exact span of the stored sentence. In the phrase tables a
space means "any whitespace" and ", " means "a comma with any spacing".
"""
from __future__ import annotations

#: Level suffixes that belong to an actor's name ("Ủy ban nhân dân cấp xã").
LEVEL = "(?: (?:cap xa|cap huyen|cap tinh|cung cap|cac cap|trung uong))?"

#: (canonical name, category, folded pattern). Order matters only for matches
#: starting at the same position: specific names come first.
ACTORS: tuple[tuple[str, str, str], ...] = (
    ("Chủ tịch Ủy ban nhân dân", "person", "chu tich uy ban nhan dan" + LEVEL),
    ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam", "person",
     "chu tich uy ban mat tran to quoc(?: viet nam)?" + LEVEL),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam", "body",
     "ban thuong truc uy ban mat tran to quoc(?: viet nam)?" + LEVEL),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "body", "uy ban mat tran to quoc(?: viet nam)?" + LEVEL),
    ("Thường trực Hội đồng nhân dân", "body", "thuong truc hoi dong nhan dan" + LEVEL),
    ("Hội đồng nhân dân", "body", "hoi dong nhan dan" + LEVEL),
    ("Ủy ban nhân dân", "body", "uy ban nhan dan" + LEVEL),
    ("Trưởng thôn, Tổ trưởng tổ dân phố", "person",
     r"truong thon(?:, | hoac |\s*\(\s*)to truong to dan pho\)?"),
    ("Trưởng ban công tác Mặt trận", "person",
     "truong ban cong tac mat tran(?: o (?:thon, to dan pho|cong dong dan cu))?"),
    ("Ban công tác Mặt trận", "body",
     "ban cong tac mat tran(?: o (?:thon, to dan pho|cong dong dan cu))?"),
    ("Trưởng ban Thanh tra nhân dân", "person", "truong ban thanh tra nhan dan"),
    ("Ban Thanh tra nhân dân", "body",
     "ban thanh tra nhan dan(?: o (?:xa, phuong, thi tran|co quan, don vi|doanh nghiep nha nuoc))?"),
    ("Trưởng Ban Giám sát đầu tư của cộng đồng", "person", "truong ban giam sat dau tu cua cong dong"),
    ("Ban Giám sát đầu tư của cộng đồng", "body", "ban giam sat dau tu cua cong dong"),
    ("Ban Chấp hành Công đoàn", "body",
     "ban chap hanh cong doan(?: (?:co so|co quan, don vi|o co quan, don vi|o doanh nghiep(?: nha nuoc)?))?"),
    ("công đoàn cấp trên trực tiếp", "body", "cong doan cap tren truc tiep"),
    ("người đứng đầu cơ quan, đơn vị", "person", "nguoi dung dau co quan, don vi"),
    ("người sử dụng lao động", "person", "nguoi su dung lao dong"),
    ("Tổ bầu cử", "body", "to bau cu"),
    ("Ban kiểm phiếu", "body", "ban kiem phieu"),
    ("Tổ phát phiếu lấy ý kiến", "body", "to phat phieu(?: lay y kien)?"),
    ("Tổ lấy ý kiến biểu quyết trực tuyến", "body", "to lay y kien bieu quyet truc tuyen"),
    ("Tổ soạn thảo hương ước, quy ước", "body", "to soan thao(?: huong uoc, quy uoc)?"),
    ("hội nghị cán bộ, công chức, viên chức, người lao động", "body",
     "hoi nghi can bo, cong chuc, vien chuc,? nguoi lao dong"),
    ("hội nghị người lao động", "body", "hoi nghi nguoi lao dong"),
    ("cộng đồng dân cư", "body", "cong dong dan cu"),
    ("Thủ tướng Chính phủ", "person", "thu tuong chinh phu"),
    ("Chính phủ", "body", "chinh phu"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "body", "bo van hoa, the thao va du lich"),
    ("Bộ Nội vụ", "body", "bo noi vu"),
    ("Tổng Liên đoàn Lao động Việt Nam", "body", "tong lien doan lao dong viet nam"),
)

#: Where an actor works: a distractor from another sphere is no temptation
#: ("Hội nghị người lao động" for a question about a village meeting).
SPHERES = {
    "Ban Chấp hành Công đoàn": "workplace", "công đoàn cấp trên trực tiếp": "workplace",
    "người đứng đầu cơ quan, đơn vị": "workplace", "người sử dụng lao động": "workplace",
    "hội nghị cán bộ, công chức, viên chức, người lao động": "workplace",
    "hội nghị người lao động": "workplace", "Thủ tướng Chính phủ": "national", "Chính phủ": "national",
    "Bộ Văn hóa, Thể thao và Du lịch": "national", "Bộ Nội vụ": "national",
    "Tổng Liên đoàn Lao động Việt Nam": "national", "Ban Thanh tra nhân dân": "any",
    "Trưởng ban Thanh tra nhân dân": "any",
}  # every other actor: "commune"

#: Words just before an actor that make it an object, not the one who acts.
NOT_SUBJECT_BEFORE = ("voi", "cua", "cho", "den", "toi", "tai", "giua", "boi", "ve", "gui", "lam",
                      "thanh vien", "dai dien", "tham gia", "trong")

#: What may stand right before an actor that opens its clause (folded, spaces stripped).
CLAUSE_OPENERS = (",", ";", ":", "(", " thi", " do", "(do", " duoc", " bao cao", " de nghi", " de", " sau do")

#: Words allowed between the actor and its verb ("… cấp xã có trách nhiệm quyết định").
VERB_GAP = (r"(?:\s*\([^()]{0,160}\))?"
            r"(?:\s*,?\s*(?:co trach nhiem|co tham quyen|co nhiem vu|xem xet|truc tiep|chu dong|phai|"
            r"sau khi (?:da )?thong nhat voi [^,;.()]{3,110}?|phoi hop voi [^,;.()]{3,110}?|"
            r"thay mat nhan dan|thuc hien(?: viec)?|se))*\s*,?\s*")

#: (folded verb phrase, role label). Longer phrases first: "quyết định công nhận" is recognition.
ROLE_VERBS: tuple[tuple[str, str], ...] = (
    ("ban hanh quyet dinh cong nhan", "công nhận"),
    ("quyet dinh cong nhan", "công nhận"),
    ("quyet dinh thanh lap", "thành lập"),
    ("trieu tap", "triệu tập"),
    ("chu tri", "chủ trì"),
    ("quyet dinh", "quyết định"),
    ("cong nhan", "công nhận"),
    ("kiem tra, giam sat", "giám sát"),
    ("giam sat", "giám sát"),
    ("thanh lap", "thành lập"),
    ("phe duyet", "phê duyệt"),
    ("huong dan", "hướng dẫn"),
    ("bau(?! cu)", "bầu"),
    ("cho thoi", "cho thôi"),
    ("to chuc (?:viec )?(?:hoi nghi|cuoc hop|doi thoai|bau|lay y kien)", "tổ chức"),
)

#: Display order of roles in the who-does-what table.
ROLE_ORDER = ("triệu tập", "chủ trì", "tổ chức", "quyết định", "bầu", "cho thôi", "thành lập", "công nhận",
              "phê duyệt", "giám sát", "hướng dẫn")

# -- numbers that matter ------------------------------------------------------------------

#: Qualifiers before a number, folded, longest first.
QUALIFIERS = (
    "trong thoi han khong qua", "cham nhat la", "cham nhat sau", "cham nhat", "it nhat la", "it nhat",
    "toi thieu la", "toi thieu", "toi da la", "toi da", "khong qua", "khong it hon", "khong duoi",
    "it hon", "nhieu hon", "trong thoi han", "trong vong", "tren", "duoi", "qua", "tu", "sau",
    "truoc", "la",
)

#: A number as written in law: "05", "05 (năm)", "1,5".
NUMBER = r"\d{1,3}(?:[.,]\d+)?(?:\s*\([a-z]+(?: [a-z]+){0,3}\))?"

#: Units: time (days, months, …) and counts (members, persons, households …).
TIME_UNITS = ("ngay lam viec", "ngay", "thang", "nam", "gio", "tuan")
COUNT_UNITS = ("thanh vien", "nguoi lao dong", "nguoi", "ho gia dinh", "dai dien", "phieu", "ban")

#: Numbers written in words, for frequencies ("mỗi năm một lần").
NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4}

#: Fractions written in words, folded → value.
FRACTION_WORDS = {
    "hai phan ba": 2 / 3, "mot phan ba": 1 / 3, "ba phan tu": 3 / 4, "mot phan hai": 1 / 2,
    "mot phan tu": 1 / 4, "qua nua": 0.5, "mot nua": 0.5,
}

#: Table headings for the kinds of numbers.
KIND_LABELS = {
    "time": "Thời hạn",
    "threshold": "Tỷ lệ, ngưỡng biểu quyết",
    "count": "Số lượng",
    "term": "Nhiệm kỳ",
    "frequency": "Tần suất",
}
