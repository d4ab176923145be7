"""Every rule against our own sample documents (corpus/samples/, written for dccs).

Each ``*_loi`` draft must trigger exactly the findings listed (rule, line);
each ``*_sach`` variant of the same type must trigger none. The check date is
fixed (30/06/2026, after the 2025 reform) so the table does not age.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from checker import check_file
from checker.doctype import detect
from checker.rules import catalogue
from checker.text import build_input

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
AS_OF = "2026-06-30"

EXPECTED: dict[str, tuple[str, list[tuple[str, int]]]] = {
    "nghi_quyet_bien_phap_sach.txt": ("nghi_quyet_bien_phap", []),
    "nghi_quyet_bien_phap_loi.txt": ("nghi_quyet_bien_phap", [
        ("DC-01", 4), ("DC-01", 6), ("RC-01", 8), ("RC-01", 8), ("DC-01", 12), ("OR-01", 14),
        ("OR-07", 15), ("OR-04", 16), ("OR-05", 17), ("DC-02", 18), ("CF-10", 26), ("OR-03", 27),
        ("OR-06", 30), ("IC-04", 33)]),
    "nghi_quyet_thieu_can_cu.txt": ("nghi_quyet_bien_phap", [("DC-03", 8), ("DC-04", 8)]),
    "demo_nghi_quyet_bien_phap.txt": ("nghi_quyet_bien_phap", [
        ("DC-01", 4), ("DC-01", 6), ("RC-01", 10), ("DC-01", 14), ("OR-01", 16), ("OR-07", 17),
        ("DC-02", 19), ("OR-02", 32), ("CF-02", 33), ("RL-01", 34), ("OR-06", 38), ("DC-02", 42)]),
    "quy_che_xa_sach.txt": ("quy_che_xa", []),
    "quy_che_xa_loi.txt": ("quy_che_xa", [
        ("RC-02", 4), ("DC-05", 4), ("CF-01", 13), ("CF-02", 17), ("CF-05", 18), ("CF-15", 19),
        ("CF-16", 20), ("RL-02", 21), ("RL-07", 22), ("CF-10", 25), ("RL-01", 26), ("RL-03", 27),
        ("RL-04", 28), ("OR-08", 29),  # "Các thôn, thị trấn": a place name (OR-08), not a body (OR-06)
        ("CF-23", 30), ("CF-29", 31), ("CF-32", 32), ("CF-36", 33),
        ("CF-37", 34), ("CF-45", 35), ("CF-46", 36), ("CF-48", 37), ("CF-49", 38), ("CF-50", 39),
        ("CF-51", 40), ("CF-52", 41), ("CF-54", 42),
        ("IC-09", 43), ("IC-12", 43),  # "gồm 05 điều" (it has 4), "Điều 12 của Quy chế này"
        ("CF-380", 44)]),  # a citizen's initiative held to 20% of the households (Law Art. 16.3: 10%)
    "quy_che_co_quan_sach.txt": ("quy_che_co_quan", []),
    "quy_che_co_quan_loi.txt": ("quy_che_co_quan", [("RC-55", 4),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3)
        
        ("RC-03", 4), ("CF-14", 11), ("CF-17", 11), ("CF-12", 12), ("CF-13", 13), ("CF-06", 20),
        ("CF-07", 21), ("RL-05", 22), ("RL-08", 23), ("RL-09", 24), ("CF-25", 30), ("CF-26", 31),
        ("CF-30", 32), ("CF-33", 33), ("CF-38", 34)]),
    "quy_che_doanh_nghiep_sach.txt": ("quy_che_doanh_nghiep", []),
    "quy_che_doanh_nghiep_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        
        ("RC-04", 3), ("CF-08", 14), ("CF-09", 15), ("RL-06", 16), ("CF-27", 22), ("CF-28", 23),
        ("CF-31", 24), ("CF-34", 25), ("CF-35", 26), ("CF-39", 27)]),
    # a non-state employer: Law Art. 82 and labour law, not the state-enterprise rules (RC-04 stays silent)
    "quy_che_ngoai_nha_nuoc_loi.txt": ("quy_che_doanh_nghiep", [("RC-10", 4), ("RC-20", 4)]),  # ngoai_nha_nuoc: labour-law rules + RC-10, RC-20
    # workplace rules of rules/conflict_workplace.yaml: an agency, a state enterprise, a non-state employer
    "quy_che_co_quan_ban_ttnd_loi.txt": ("quy_che_co_quan", [
        ("RC-03", 4), ("CF-113", 8), ("CF-100", 9), ("CF-103", 10), ("CF-109", 14), ("CF-105", 15),
        ("CF-107", 16), ("CF-111", 17), ("RL-05", 18), ("CF-122", 19), ("CF-124", 20), ("CF-128", 21), ("CF-131", 22), ("CF-127", 25)]),
    # s25-lex, actor rules over the act lexicon: a school's report with its head recognising the Ban's election (CF-307,
    # which CF-844t yields to) and dismissing a member (CF-844s, Law Art. 60.3); a hospital's submission naming the
    # director in the label of who signs the recognition (CF-844t, Decree 59 Art. 21.1); a commune's guidance giving the
    # Ban công tác Mặt trận the decision when the dismissal meeting does not agree (CF-651, Decree 59 Art. 9.3)
    "bao_cao_ban_ttnd_truong_hoc_loi.txt": ("bao_cao", [("CF-307", 10), ("CF-844s", 11)]),
    "to_trinh_cong_nhan_ban_ttnd_benh_vien_loi.txt": ("", [("CF-844t", 10)]),
    # s36-ac: a school's notice in which the headmaster convenes and chairs the Ban's meeting that elects its Trưởng ban
    # (CF-307h, Law Art. 63.2.a: the union's executive committee organises it)
    "thong_bao_hop_dau_tien_ban_ttnd_truong_hoc_loi.txt": ("", [("CF-307h", 10)]),
    # s37-qt: the Mặt trận's minutes electing the commune Ban Thanh tra nhân dân's heads for 2026 - 2028 while the village
    # heads it records serve 2026 - 2031 (CF-29y, Law Art. 36.2: the Ban's term follows theirs)
    "bien_ban_bau_truong_ban_ttnd_xa_nhiem_ky_loi.txt": ("", [("CF-29y", 11)]),
    # s28-ls: a village notice asking the UBND xã to recognise an elected Ban Thanh tra nhân dân member (CF-155r, Law
    # Art. 40.2.b: the Ủy ban MTTQ cấp xã recognises)
    "thong_bao_bau_ttnd_de_nghi_ubnd_cong_nhan_loi.txt": ("", [("CF-155r", 10)]),
    "huong_dan_xa_khong_thong_nhat_cho_thoi_loi.txt": ("", [("CF-651", 10)]),
    # s36-cm: a ward's plan for comments on its quy chế that keeps a sector quy chế from the People (CF-360c, Law Art.
    # 25.7) and takes the tổ trưởng's and the chi bộ's views for the households' (CF-360d, Law Art. 26.1); an excerpt,
    # so RC-57 and RC-08 name what a full plan would carry
    "ke_hoach_lay_y_kien_quy_che_dan_chu_thay_y_kien_loi.txt": ("ke_hoach", [("RC-57", 4), ("RC-08", 4), ("RC-08", 4), ("RC-08", 4),
                                                                             ("OR-07", 7), ("CF-360c", 10), ("CF-360d", 11)]),
    # s36-cm: a commune's report, posted «để Nhân dân biết», naming the one who denounced the village head (CF-360e, Law Art. 9.2)
    "bao_cao_tiep_cong_dan_niem_yet_ten_nguoi_to_cao_loi.txt": ("bao_cao", [("CF-360e", 9)]),
    # s36-cm: a village's contribution decision made to wait for the commune's approval (CF-360f, Law Art. 21.2)
    "bien_ban_dong_gop_hieu_luc_sau_phe_duyet_loi.txt": ("", [("CF-360f", 10)]),
    # s29-ls: minutes of a Ban Giám sát đầu tư của cộng đồng's first meeting where the UBND's deputy chairman appoints
    # its Trưởng ban (CF-178g, Law Art. 45.1.a: the Ban elects him at a meeting the Front organises); an agency's quy
    # chế whose amendment the union's committee decides and signs (CF-859q, Law Arts. 59.1.a, 55.2; an excerpt, so RC-03
    # names the groups it lacks and DC-05 its unsigned end)
    "bien_ban_hop_ban_gsdtcd_chi_dinh_truong_ban_loi.txt": ("", [("CF-178g", 8)]),
    "quy_che_co_quan_cong_doan_ban_hanh_loi.txt": ("quy_che_co_quan", [("CF-859q", 11), ("DC-05", 1), ("RC-03", 1),
                                                                       ("RC-03", 1), ("RC-03", 1)]),
    "quy_che_doanh_nghiep_ban_ttnd_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 4),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        
        ("RC-04", 4), ("CF-114", 8), ("CF-102", 9), ("CF-101", 10), ("CF-104", 11), ("CF-110", 15),
        ("CF-106", 16), ("CF-108", 17), ("CF-112", 18), ("CF-123", 19), ("CF-125", 20), ("CF-129", 21), ("CF-132", 22), ("CF-126", 25)]),
    "quy_che_ngoai_nha_nuoc_doi_thoai_loi.txt": ("quy_che_doanh_nghiep", [  # 620 workers: the workers' side needs 19
        ("RC-20", 4), ("CF-130", 14), ("CF-121", 15), ("CF-119", 16), ("CF-115", 20), ("CF-116", 21), ("CF-117", 22), ("CF-118", 22),
        ("CF-120", 25)]),

    "quy_che_doanh_nghiep_doi_thoai_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        ("CF-56", 19), ("CF-57", 20)]),
    # an employer's quy chế đối thoại (s23-cl), Decree 145/2020 Art. 38.4: the dialogue shut to every other worker
    # (CF-188, cảnh báo) and a dialogue on maternity held without the female workers' representatives (CF-189, lỗi)
    "quy_che_doanh_nghiep_thanh_phan_doi_thoai_loi.txt": ("quy_che_doanh_nghiep", [("CF-188", 9), ("CF-189", 10)]),
    # minutes of a non-state employer's periodic dialogue (no type), Decree 145/2020 Art. 39.4: 06/10 representatives
    # present and the dialogue held (CF-379); the union does not sign (RC-52)
    # rulesS15f: an employer's nội quy lao động fining its workers (CF-461, Labour Code Art. 127.2), delaying a raise by
    # 09 months (CF-462, Art. 124.2: at most 06) and saying it need not be registered with 46 workers (CF-463, Art. 119.1)
    "noi_quy_lao_dong_loi.txt": ("", [("CF-461", 12), ("CF-462", 13), ("CF-463", 15)]),
    # rulesS15f: a labour norm applied from before its notice (CF-465, Labour Code Art. 93.3) and issued without a
    # trial run (CF-464, Art. 93.2)
    "thong_bao_dinh_muc_loi.txt": ("", [("CF-465", 7), ("CF-464", 8)]),
    "bien_ban_doi_thoai_loi.txt": ("", [("CF-460", 7),  # the content sent two days before (Decree 145 Art. 39.3)
                                        ("CF-379", 10), ("RC-52", 18)]),
    # the conference deadline as a date after March of the next year; an employer side of 02 people
    "quy_che_co_quan_hoi_nghi_loi.txt": ("quy_che_co_quan", [("RC-55", 4),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3)
        ("CF-91", 14)]),
    "quy_che_doanh_nghiep_hoi_nghi_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        ("CF-93", 19), ("CF-92", 21)]),
    # round 3: working-day bounds written in calendar days, members replaced by the union, < 100 people and delegates
    "quy_che_co_quan_thoi_han_loi.txt": ("quy_che_co_quan", [("RC-55", 4),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3)
        
        ("RC-03", 4), ("CF-143", 11), ("CF-135", 14), ("CF-136", 18), ("CF-133", 19), ("CF-138", 20), ("CF-38", 21)]),
    "quy_che_doanh_nghiep_thoi_han_loi.txt": ("quy_che_doanh_nghiep", [
        ("RC-04", 4), ("RC-04", 4), ("CF-144", 8), ("CF-137", 11), ("CF-134", 12), ("CF-139", 13)]),
    "quy_che_ngoai_nha_nuoc_thoi_han_loi.txt": ("quy_che_doanh_nghiep", [("RC-10", 4), ("RC-20", 4), ("CF-140", 11), ("CF-141", 12), ("CF-142", 13),
        ("CF-383", 16), ("CF-384", 17)]),  # amended without consulting the union, kept from the workers (Decree 145 Art. 48.2, 48.3)
    # round 12 (rulesZ): the deputies' cap written as people after the post (Decree 59 Arts. 13.3, 17.3); a decision
    # to elect a new Trưởng thôn dated over 60 days after the dismissal was recognised (Decree 59 Art. 9.3)
    "ke_hoach_pho_truong_ban_loi.txt": ("ke_hoach", [("CF-351", 11), ("CF-350", 12), ("CF-352", 13)]),
    # s32-qt: an employer's plan setting the hội nghị người lao động every other year (Decree 145 Art. 47.1: hằng năm);
    # RC-08 (gợi ý) asks the plan for what it leaves out
    # s34-ac: the head alone decides the delegates of the staff conference (Law Art. 51.2.b)
    "ke_hoach_hoi_nghi_dai_bieu_loi.txt": ("ke_hoach", [("CF-51b", 15)]),
    "ke_hoach_hoi_nghi_nld_hai_nam_loi.txt": ("ke_hoach", [("CF-540f", 14), ("RC-08", 5), ("RC-08", 5), ("RC-08", 5)]),
    # s18-cg: a Ban Thanh tra nhân dân's plan tying the Ban's term to the HĐND's, "hoạt động theo nhiệm kỳ của HĐND" (CF-950, Law Art. 36.2); RC-59: the
    # short plan lacks the basic contents of a Ban's plan (Decree 59 Art. 14.1)
    "ke_hoach_ban_ttnd_nhiem_ky_hdnd_loi.txt": ("ke_hoach", [("CF-950", 12), ("RC-59", 4), ("RC-59", 4)]),
    # RC-57: a commune's plan to take the people's comments naming content, deadline and responsibility but no form
    # or manner of consultation (Law Art. 28.1); its recipients are complete (RC-11 silent)
    "ke_hoach_lay_y_kien_thieu_hinh_thuc_loi.txt": ("ke_hoach", [("RC-57", 5)]),
    # s20-cf: a commune's plan to build its quy chế dân chủ that keeps the Front out of the draft (CF-998, Law Art.
    # 35.2.c); a plan on one task, so RC-08 asks for the other groups (advice); the Căn cứ on the amended Law (OR-07)
    "ke_hoach_xay_dung_quy_che_dan_chu_khong_mat_tran_loi.txt": ("ke_hoach", [
        ("RC-08", 5), ("RC-08", 5), ("OR-07", 8), ("CF-998", 13)]),
    # s20-cf: a commune's plan that holds back the papers of households that have not paid (CF-999, Law Art. 9.1)
    "ke_hoach_dong_gop_dung_ho_so_loi.txt": ("ke_hoach", [("CF-999", 10)]),
    # s25-ua: the second actor the law names when the first step fails, and who decides a ballot or sets up the Tổ bầu
    # cử (CF-651 Decree 59 Art. 9.3, CF-652 Law Art. 18.1, CF-656 Law Art. 19.1, CF-176 Decree 59 Art. 6.1.b; RC-08 as
    # on any short plan of the commune)
    "ke_hoach_nguoi_quyet_dinh_thay_loi.txt": ("ke_hoach", [("CF-651", 9), ("CF-652", 10), ("CF-656", 11), ("CF-176", 12),
                                                          ("RC-08", 5), ("RC-08", 5), ("RC-08", 5)]),
    # s25-ua: the union decides the ballot that Law Arts. 50.2 / 68.2 give the head (CF-653, CF-654; the short quy chế's
    # missing groups and effect clause as usual)
    "quy_che_co_quan_gui_phieu_loi.txt": ("quy_che_co_quan", [("CF-653", 9), ("DC-05", 4), ("RC-03", 4), ("RC-03", 4),
                                                             ("RC-55", 4)]),
    "quy_che_doanh_nghiep_gui_phieu_loi.txt": ("quy_che_doanh_nghiep", [("CF-654", 8), ("DC-05", 4), ("RC-04", 4),
                                                                       ("RC-04", 4)]),
    # s25-ua: a hương ước adopted by online vote after a failed meeting (CF-655, Decree 61 Art. 10) and its recognition
    # signed by the Front's chair (CF-658, Art. 11.1); an extract, so no signatures (RC-05) and no scope content (RC-06)
    # s28: the file holds Điều 30 only and no signature block at all — whether the hương ước was signed is not in it,
    # so RC-05 (Decree 61 Art. 6.1) no longer calls its three signers missing; the report's note says so
    "huong_uoc_thong_qua_truc_tuyen_loi.txt": ("huong_uoc", [("CF-655", 7), ("CF-658", 8), ("RC-06", 1)]),
    # round 13 (rulesR13a): a publication period for Law Art. 12.3's own scope; a community decision named by its vote;
    # "hồ sơ, gửi UBND xã đề nghị công nhận" (comma after hồ sơ; CF-48 yields to CF-154 there)
    # and a founding decision of the Chủ tịch UBND xã cited among the bases (CF-354, Law Art. 41.1); a Ban Thanh tra
    # nhân dân's specific plan sent two days before the supervision (CF-355, Decree 59 Art. 14.1.b)
    # s13-pa: the commune's publication plan names no form of publication (RC-700, cảnh báo, Law Art. 14.1)
    "ke_hoach_cong_khai_thon_loi.txt": ("ke_hoach", [
        ("OR-07", 7), ("CF-354", 8), ("CF-353", 14), ("CF-15", 15), ("CF-154", 16), ("CF-355", 17), ("RC-700", 4),
        ("RC-87", 4)]),  # s20-rq: the results go back to the office, never to the HĐND (Law Art. 14.3)
    # round 11 (rulesY): the yearly conference's deadline written as a point of the next year (line 10 / 9: the
    # resolution's or the reports' own deadline, not the conference's — silent)
    "quy_che_doanh_nghiep_han_nam_sau_loi.txt": ("quy_che_doanh_nghiep", [
        ("RC-04", 4), ("RC-04", 4), ("DC-05", 4), ("CF-93", 9), ("CF-363", 13)]),
    "quy_che_co_quan_han_nam_sau_loi.txt": ("quy_che_co_quan", [("RC-55", 3),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3); line 9 is a yearly report, not the review
        
        ("RC-03", 3), ("RC-03", 3), ("DC-05", 3), ("CF-91", 8), ("CF-362", 12)]),
    # round 12 (rulesZZ): a school's conference deadline in the second half of the next school year (line 9: the
    # reports' own deadline, not the conference's — silent)
    "quy_che_truong_hoc_nam_hoc_loi.txt": ("quy_che_co_quan", [("RC-55", 3),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3); line 9 is a yearly report, not the review
        
        ("RC-03", 3), ("RC-03", 3), ("RC-03", 3), ("DC-05", 3), ("CF-364", 8)]),
    # round 12 (rulesZZ): a wider size threshold exempting agencies (a công văn); a report merging a year's dialogue
    "cong_van_don_vi_nho_loi.txt": ("", [("CF-366", 8), ("CF-365", 9)]),
    "bao_cao_doi_thoai_gop_nam_loi.txt": ("bao_cao", [
        ("RC-09", 3), ("RC-09", 3), ("RC-09", 3), ("RC-09", 3), ("CF-367", 7)]),
    # round 4: reports of the workplace conference — attendance below two thirds called valid, a head's deputy
    # or the chief accountant elected to the Ban Thanh tra nhân dân (table rows after "Theo đề nghị của Ban Chấp hành")
    "bao_cao_hoi_nghi_co_quan_loi.txt": ("bao_cao", [("CF-145", 14), ("RL-30", 19)]),
    "bao_cao_hoi_nghi_doanh_nghiep_loi.txt": ("bao_cao", [("CF-146", 12), ("RL-31", 17)]),
    # s18-wp: an employer's plan deciding its quy chế thưởng without the union's opinion (Labour Code Art. 104.2) and
    # filing its nội quy 30 days after issuing it (Art. 119.2: 10 days)
    "ke_hoach_noi_lam_viec_cong_ty_loi.txt": ("ke_hoach", [("CF-874", 15), ("CF-875", 16)]),
    # round 5 (rulesI): a guidance letter of unknown type and a report are read by the community rules; the
    # report's account of 2022 and the shortcoming it reports stay clean
    "cong_van_huong_uoc_thoi_han_loi.txt": ("", [
        ("OR-01", 8), ("CF-245", 10), ("CF-241", 11), ("CF-242", 12), ("CF-248", 13), ("CF-249", 14), ("CF-243", 15),
        ("CF-244", 16), ("CF-247", 17), ("CF-260", 18),
        ("CF-261", 19), ("CF-262", 20), ("CF-263", 21)]),
    "bao_cao_giam_sat_dau_tu_loi.txt": ("bao_cao", [("OR-13", 1), ("CF-11", 8), ("CF-240", 9), ("IC-10", 16), ("CF-376", 23)]),
    # round 6 (rulesK): the working-day periods of recognition and sending written in calendar days; line 15
    # (07 days for 05 working days) stays clean
    # round 10 (rulesW): a report dating two events in one point against the law's period (Law Art. 45.1.b,
    # Decree 61 Art. 11.3.b, Decree 59 Art. 8); RC-09: a six-month report without the report's required parts
    "bao_cao_ngay_thuc_hien_loi.txt": ("bao_cao", [
        ("RC-09", 4), ("RC-09", 4), ("RC-09", 4), ("CF-268", 9), ("CF-269", 10), ("CF-267", 11)]),
    # round 10 (rulesW): a plan titled after one Ban Giám sát đầu tư của cộng đồng: 07 representatives, 03 deputies
    "ke_hoach_ban_giam_sat_dau_tu_loi.txt": ("ke_hoach", [("CF-270", 13), ("CF-271", 20), ("CF-292", 21)]),  # s40-qrc: the row «| 5-8 | 04 người |» is four representatives, six in all (Decree 59 Art. 17.2)
    # round 10 (rulesW): a letter after the reform giving a task to a district office (line 11 recounts "(cũ)")
    "cong_van_giao_viec_cap_huyen_loi.txt": ("", [("OR-12", 12)]),
    "cong_van_cong_nhan_ngay_lich_loi.txt": ("", [
        ("CF-250", 10), ("CF-251", 11), ("CF-252", 12), ("CF-253", 13), ("CF-254", 14)]),
    # who annuls a community decision (Law Art. 22.2); the two Ban recommend, they do not sanction or suspend (Arts. 38, 43)
    "cong_van_tham_quyen_ban_loi.txt": ("", [("CF-275", 10), ("CF-276", 11), ("CF-277", 12), ("CF-48", 13)]),
    # a periodic-meeting plan without its place (Decree 59 Art. 10.2) that misquotes effective dates
    "ke_hoach_hoi_nghi_thon_thieu_loi.txt": ("ke_hoach", [
        ("RC-50", 5), ("RC-63", 5), ("CF-255", 9), ("CF-257", 10), ("CF-256", 11), ("CF-258", 18), ("CF-377", 24),
        ("OR-07", 9), ("RC-77", 5)]),  # the items under "I. CĂN CỨ" are the plan's bases (rulesS15e): Law 10/2022 without its amending law
    "huong_uoc_sach.txt": ("huong_uoc", []),
    # s17-rr: a hương ước of a buôn where Ê Đê and Kinh households live together records no decision on a translation
    # (RC-85, Decree 61 Art. 6.5)
    "huong_uoc_nhieu_dan_toc_loi.txt": ("huong_uoc", [("RC-85", 4)]),
    # s17-rr: the report of a village's periodic conference whose programme has no report of the Ban Thanh tra nhân dân
    # member (RC-84, Law Art. 33.3)
    "bao_cao_hoi_nghi_dinh_ky_thon_loi.txt": ("bao_cao", [("RC-84", 5)]),
    # s17-c2b: minutes of a dismissal letting the deputy run the tổ dân phố "tự động" while the post is vacant (CF-996,
    # Decree 59 Art. 9.3); the minutes lack the two household representatives' signatures (RC-51)
    "bien_ban_cho_thoi_to_truong_pho_tu_dong_loi.txt": ("", [("CF-996", 14), ("RC-51", 18)]),
    # s17-c2b: a ward's notice putting its budget online only, "không niêm yết tại trụ sở" (CF-997, Law Art. 13.2)
    "thong_bao_cong_khai_chi_dang_mang_loi.txt": ("", [("CF-997", 9)]),
    # s17-rr: an agency's quy chế making the union chair the Trưởng ban Thanh tra nhân dân (RL-52, Law Art. 62.1)
    "quy_che_co_quan_cong_doan_truong_ban_loi.txt": ("quy_che_co_quan", [("RC-03", 4), ("RC-03", 4), ("RC-55", 4), ("RL-52", 13)]),
    "huong_uoc_loi.txt": ("huong_uoc", [
        # RC-05: a missing signature points at the signature block (lines 32-36)
        ("RC-05", 32), ("CF-18", 12), ("CF-19", 15), ("CF-18", 18), ("CF-03", 21),
        ("CF-02", 22), ("CF-04", 23), ("CF-21", 23), ("RL-01", 24), ("CF-20", 25), ("CF-21", 26), ("CF-22", 27),
        ("CF-47", 28), ("CF-53", 29), ("CF-55", 30), ("RC-76", 4)]),
    "quy_uoc_ngoai_pham_vi.txt": ("huong_uoc", [("RC-06", 1), ("RC-76", 1)]),
    # a community measure standing in for the law: "đã bồi thường theo Hương ước thì … không bị xử lý theo … pháp luật"
    "huong_uoc_xu_ly_loi.txt": ("huong_uoc", [("CF-570", 10),  # CF-570: the thôn does not report a household that paid (Decree 61 Art. 5.4), beside CF-181
        ("CF-181", 10), ("CF-422", 11), ("CF-423", 12)]),
    # the commune and its communities (rules/conflict_community.yaml) and the letters and reports about them
    "quy_che_xa_cong_dong_loi.txt": ("quy_che_xa", [
        ("OR-07", 8), ("CF-164", 19), ("CF-150", 20), ("CF-156", 21), ("CF-157", 22), ("CF-167", 23),
        ("CF-161", 24), ("CF-158", 25), ("CF-159", 26), ("CF-163", 27), ("CF-151", 28), ("CF-160", 29),
        ("CF-152", 30), ("CF-154", 31), ("CF-162", 32), ("CF-166", 33), ("CF-170", 34), ("CF-171", 35),
        ("CF-172", 36), ("CF-173", 37), ("CF-174", 38), ("CF-175", 39), ("CF-176", 40), ("CF-177", 41),
        ("CF-178", 42), ("CF-179", 43), ("CF-184", 44), ("CF-185", 45), ("CF-183", 46),
        ("CF-382", 47),  # the Ban's recommendations answered within 12 working days (Law Art. 40.1.c: 15 days)
        ("CF-451", 48)]),  # two ballots for a three-generation household (Law Art. 19.3: one per household)
    "huong_uoc_ngon_ngu_loi.txt": ("huong_uoc", [
        ("CF-165", 9), ("CF-169", 16), ("CF-04", 17), ("CF-154", 18), ("RC-76", 1)]),  # a quorum of "từ 50%" is CF-04 here
    "ke_hoach_bau_truong_ban_loi.txt": ("ke_hoach", [("IC-25", 9), ("CF-153", 12),  # 19/4/2026 is a Sunday
                                                     ("CF-182", 20),  # a Phó Chủ tịch UBND xã leading the Tổ bầu cử
                                                     ("CF-421", 21)]),  # the candidates' minutes 10 days ahead (Decree 59 Art. 6.2)
    # s40-act: CF-46 reads line 12's second clause with the Ban named in its first (``carry: any``), as CF-155 does
    "bao_cao_cong_dong_loi.txt": ("bao_cao", [("IC-35", 11), ("CF-155", 12), ("CF-46", 12), ("CF-168", 13)]),
    # a report that keeps the Trưởng thôn ↔ Trưởng ban công tác Mặt trận concurrency as a model (RL-50); the Law cited
    # by its name only (OR-07)
    "bao_cao_kiem_nhiem_mat_tran_loi.txt": ("bao_cao", [("OR-07", 8), ("RL-50", 13)]),
    # 16 thôn + 04 tổ dân phố and a Ban TTND of 11 (CF-180); 412 + 398 + 420 = 1.230 households, not 1.240 (IC-01);
    # the comments' results kept internal (CF-183)
    "bao_cao_ban_ttnd_loi.txt": ("bao_cao", [("RC-09", 5), ("IC-01", 12), ("CF-180", 13), ("CF-183", 14),
                                             ("CF-450", 19)]),  # a third Phó Trưởng ban in the table (Decree 59 Art. 13.3)
    "cong_van_huong_uoc_loi.txt": ("", [("OR-11", 11)]),  # a letter whose only defect is a request on an ended document
    # s17-c2a: the plan asks the province to recognise the Tổ trưởng elected (Decree 59 Art. 8)
    "ke_hoach_bau_to_truong_cap_cong_nhan_loi.txt": ("ke_hoach", [("OR-07", 8), ("CF-174b", 14)]),
    # s17-c2a: an online vote on a contribution (Law Art. 17.2)
    "bien_ban_bieu_quyet_truc_tuyen_dong_gop_loi.txt": ("", [("CF-22b", 9)]),
    # a Tày bản of 150 households living concentrated: drafting group, vote counters, clusters, adoption
    "huong_uoc_thong_qua_loi.txt": ("huong_uoc", [
        ("CF-65", 9), ("CF-64", 13), ("CF-67", 18), ("CF-63", 19),
        ("CF-62", 21), ("RC-76", 1)]),  # posted 20/3, voted 12/4; 72/150 = 48,0% of all households
    "ke_hoach_hoi_nghi_dinh_ky_loi.txt": ("ke_hoach", [("CF-36", 27), ("CF-61", 30), ("RC-12", 31), ("RC-77", 7)]),
    "ke_hoach_lay_y_kien_loi.txt": ("ke_hoach", [
        ("OR-07", 10), ("IC-13", 13), ("CF-24", 14), ("CF-66", 16),
        ("RC-11", 19)]),  # 04 thôn naming three; 10–20/3 is 11 days; 05/4 to 15/4
    "ke_hoach_sach.txt": ("ke_hoach", []),
    "ke_hoach_loi.txt": ("ke_hoach", [
        ("RC-08", 8), ("RC-08", 8), ("RC-08", 8), ("OR-02", 15), ("CF-11", 16), ("DC-02", 17),
        ("OR-06", 17), ("CF-43", 19), ("CF-44", 19), ("CF-40", 20), ("CF-41", 21), ("CF-42", 22),
        ("CF-24", 24), ("CF-58", 25)]),
    # round 5 (rulesJ): a bare "Hội nghị" clause, the Ban's report to the union, and plans / reports of the conference
    "quy_che_doanh_nghiep_round5_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        ("CF-300", 20), ("CF-302", 24)]),
    "quy_che_co_quan_round5_loi.txt": ("quy_che_co_quan", [("RC-55", 3),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3); line 17 is the Ban's report
        ("CF-301", 17)]),
    # OR-07 (gợi ý): "Thực hiện Luật Thực hiện dân chủ ở cơ sở, …" opening the body is the text's Căn cứ (rulesI's
    # outdated_reference.zone_of) and the Law was amended in 2024/2025 (merge of rounds 5: rulesK updated these rows)
    "ke_hoach_hoi_nghi_vien_chuc_loi.txt": ("ke_hoach", [("OR-07", 9),
        ("CF-310", 10), ("CF-309", 11), ("CF-305", 12), ("CF-303", 13), ("CF-307", 13), ("CF-315", 14),
        ("RL-30", 15), ("CF-311", 16), ("CF-317", 17)]),
    "ke_hoach_hoi_nghi_nguoi_lao_dong_loi.txt": ("ke_hoach", [("RC-92", 5), ("OR-07", 8), ("CF-314", 10), ("CF-316", 11)]),
    "bao_cao_hoi_nghi_nguoi_lao_dong_loi.txt": ("bao_cao", [("OR-07", 10),
        ("CF-306", 12), ("CF-304", 13), ("CF-308", 13), ("RL-31", 14), ("CF-312", 15), ("CF-313", 16)]),
    # rulesR round 8: a state enterprise's conference held in June for a year ended 31/12 (CF-319), a past year
    # without the periodic dialogue (CF-318), 131/150 written 92% (IC-60), 2024 without the conference (CF-320); the title "… dân chủ tại nơi làm việc năm 2025" asks RC-09's groups
    # RC-09: three parts not assessed (line 13's Ban Thanh tra nhân dân assesses the supervision)
    "bao_cao_doanh_nghiep_nam_qua_loi.txt": ("bao_cao", [("RC-09", 5), ("RC-09", 5), ("RC-09", 5),
                                                          # line 10 also "chuyển sang năm 2026" (CF-367, same provision)
                                                          ("CF-319", 9), ("CF-318", 10), ("IC-60", 11),
                                                          ("CF-320", 12), ("CF-381", 13)]),  # 42 days to answer the Ban
    # an agency's report: no conference in 2025 (CF-321, Law Art. 51.1)
    "bao_cao_co_quan_nam_qua_loi.txt": ("bao_cao", [("RC-09", 5), ("RC-09", 5), ("RC-09", 5), ("CF-321", 9)]),
    # staff left out of the opinion on a Law Art. 53 / 71.1 content (CF-322..324); a table row against its own
    # "Cộng" column (IC-65)
    "quy_che_co_quan_y_kien_loi.txt": ("quy_che_co_quan", [("RC-55", 3),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3)
        ("CF-322", 14), ("IC-65", 21)]),
    "quy_che_doanh_nghiep_y_kien_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3),  # RC-56 (gợi ý): what it makes public omits business ethics and social responsibility (Law Art. 64.2)
        ("CF-323", 14)]),
    # s15: the name of who reports or denounces passed on (CF-823, CF-822: Law Art. 9.2), the right to complain suspended (CF-824)
    "quy_che_doanh_nghiep_to_cao_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 3), ("CF-823", 20), ("CF-822", 21), ("CF-824", 22)]),
    # s15-dt: an agency's notice publishing a decision of a month before (CF-825, Law Art. 47.2); OR-07: Law 10/2022 amended
    "thong_bao_cong_khai_co_quan_loi.txt": ("", [("OR-07", 9), ("CF-825", 15)]),
    # s16-cw: a state enterprise's notice publishing a decision 39 days old (CF-841, Law Art. 65.2), posting it 10 days
    # (CF-603, Art. 66.2) and refusing it once the posting is over (CF-842, Art. 66.4); a school refusing the same (CF-843,
    # Art. 48.4); a Sở's decision, signed by its Director, recognising the Ban's election (CF-844, Art. 63.2.a); a plan's
    # Ban of "Số lượng thành viên …: 02 người" (CF-840, Art. 60.1)
    "thong_bao_cong_khai_doanh_nghiep_loi.txt": ("", [("CF-841", 10), ("CF-603", 13), ("CF-842", 14)]),
    "thong_bao_cong_khai_truong_loi.txt": ("", [("CF-843", 10)]),
    # s28-ng: what a text withholds or waives — the Ban GSĐTCĐ's checking of acceptance and final accounts ruled out
    # (CF-277a, Law Art. 43.1.b); a commune refusing expired information (CF-843c, Art. 14.2), the final-accounts file
    # (CF-277c, Art. 43.2.c), a support list called internal (CF-183n, Art. 11.7); the yearly dialogue without the Front
    # (CF-49f, Art. 32.1) and a non-conforming hương ước kept to 2026 (CF-289b, Decree 61 Art. 24.2)
    "ke_hoach_giam_sat_dau_tu_loi.txt": ("ke_hoach", [("CF-277a", 12)]),
    "cong_van_tra_loi_cong_dan_loi.txt": ("", [("CF-843c", 8), ("CF-277c", 9), ("CF-183n", 10)]),
    "bien_ban_doi_thoai_nhan_dan_loi.txt": ("", [("CF-49f", 10), ("CF-289b", 14)]),
    # s29-ng: a payment for worship forced on every household (CF-423c, Decree 61 Art. 4.3), a petition put under the
    # Trưởng thôn's confirmation (CF-983k, Law Art. 35.2.c, 34.2), a UBND rewriting the contribution the community voted
    # (CF-275s, Art. 22.3), an employer's letter telling views not taken left without reasons (CF-815r, Decree 145 Art. 48.2)
    "huong_uoc_trich_le_hoi_loi.txt": ("huong_uoc", [("CF-423c", 6)]),
    "cong_van_tiep_nhan_kien_nghi_xa_loi.txt": ("", [("CF-983k", 7)]),
    "quyet_dinh_dieu_chinh_dong_gop_thon_loi.txt": ("", [("CF-275s", 13)]),
    "cong_van_tiep_thu_gop_y_quy_che_loi.txt": ("", [("CF-815r", 8)]),
    # s24-fe: CF-844 stands on the authority line (8), quoting Điều 1 (15)
    "quyet_dinh_cong_nhan_ban_ttnd_loi.txt": ("", [("OR-07", 10), ("CF-844", 8)]),
    "quyet_dinh_cong_nhan_ban_ttnd_sach.txt": ("", []),  # the union's executive committee recognises (Art. 63.2.a)
    "ke_hoach_hoi_nghi_vien_chuc_ban_ttnd_loi.txt": ("ke_hoach", [("CF-840", 15)]),
    # s17-cw: a hospital's plan giving the staff's contributions to the Director (CF-147, Law Art. 49.2), reviewing the
    # conference resolution yearly (CF-149, Art. 52.3) and having the Ban report only once a year (CF-148, Decree 59
    # Art. 22.3), posting appointments 10 days after signature (CF-187, Law Art. 47.2); RC-08 (gợi ý) twice: what a plan should state. A centre's notice keeping the asset declarations out
    # of internal publicity (CF-186, Law Art. 46.7) and posting 07 days in a list item (CF-602, Art. 48.1)
    "ke_hoach_dan_chu_benh_vien_loi.txt": ("ke_hoach", [("RC-08", 5), ("RC-08", 5), ("CF-147", 13), ("CF-149", 14),
                                                        ("CF-148", 15), ("CF-187", 16)]),
    "thong_bao_cong_khai_trung_tam_loi.txt": ("", [("CF-186", 11), ("CF-602", 14)]),
    # and a Ban Thanh tra nhân dân of 11 / 12 members recorded in a report (CF-325 agency, CF-326 state enterprise)
    # and a disclosure later than 05 working days / 15 days (CF-327 agency, CF-328 state enterprise)
    "bao_cao_y_kien_loi.txt": ("bao_cao", [("RC-55", 4),  # RC-55 (gợi ý): a six-month report after the 15/01 conference, silent on reviewing its resolution (Law Art. 52.3)
        ("RC-09", 4), ("CF-324", 9), ("CF-325", 10), ("CF-327", 11), ("IC-66", 14)]),
    "bao_cao_hoi_nghi_nguoi_lao_dong_ban_ttnd_loi.txt": ("bao_cao", [("CF-326", 9), ("CF-328", 10)]),
    # a commune's report recording the hương ước threshold on the households present (CF-280, Decree 61 Art. 10)
    # and a past year without the thôn's yearly meeting (CF-281, Law Art. 33.1) or the commune's dialogue (CF-282, Art. 32.1)
    "bao_cao_huong_uoc_ty_le_loi.txt": ("bao_cao", [("CF-280", 9), ("CF-281", 11), ("CF-282", 12), ("RC-98", 4)]),
    # a province setting its yearly report on hương ước to the Ministry in December (CF-480, Decree 61 Art. 16.3)
    "bao_cao_tinh_huong_uoc_loi.txt": ("bao_cao", [("RC-53", 4),  # RC-53 (gợi ý): counts recognised hương ước but none suspended or repealed (Decree 61 Art. 16.1.d)
        ("CF-480", 14), ("RC-98", 4)]),
    # a commune's report recording a hương ước recognised with 79 of 164 households (CF-481, Decree 61 Arts. 10, 11.2.b)
    "bao_cao_xa_huong_uoc_cong_nhan_loi.txt": ("bao_cao", [("CF-481", 9), ("RC-98", 4)]),
    "bao_cao_so_lieu_loi.txt": ("bao_cao", [("IC-70", 10), ("IC-01", 11), ("IC-71", 14)]),  # rulesV; IC-71 quotes the whole's row through the last part
    # rulesS7b: 148 − 97 = 51 absent; 80 + 14 + 5 = 99 votes of 97 present; 80/97 = 82,5%; 9 + 4 + 2 = 15 of 14;
    # 12 + 9 = 21 exempt households, not 20
    "bien_ban_hop_thon_so_lieu_loi.txt": ("", [("IC-72", 9), ("IC-75", 13), ("IC-74", 16), ("IC-73", 17),
                                               ("IC-76", 18), ("RC-51", 20), ("RC-51", 20)]),
    # ballots, a share of those present, a share of the investment, a fund's "Tổng thu" (rulesS8b)
    "bien_ban_kiem_phieu_so_lieu_loi.txt": ("", [("RC-51", 8), ("RC-51", 8), ("RC-51", 8), ("IC-83", 15)]),  # no signatures
    "bao_cao_giam_sat_so_lieu_loi.txt": ("bao_cao", [("IC-79", 9), ("IC-78", 12), ("IC-80", 16), ("IC-10", 21), ("IC-81", 25), ("IC-82", 31), ("IC-84", 34)]),
    # minutes of a contribution vote: invitations the day before (CF-372); 118 of the 186 households the table
    # gives (63,4%) declared passed (CF-370)
    "bien_ban_dong_gop_loi.txt": ("", [("CF-372", 11), ("CF-370", 18), ("CF-420", 21)]),  # the count (18) through the decision declared (20)
    # rulesS13a: a health centre director's decision naming a replacement member of the Ban (CF-385, Law Art. 60.3) and
    # giving the Ban 03 working days' notice of its inspections (CF-111, Decree 59 Art. 22.1.b); the amended Law (OR-07)
    "quyet_dinh_ban_ttnd_co_quan_loi.txt": ("", [("OR-07", 8), ("CF-385", 13), ("CF-111", 14)]),
    # round 15: an agency's yearly conference sitting on 22/4 to review 2025 (CF-374); a state company's on 22/5
    # (CF-356); a report's table of what was made public, a quy chế posted 15 working days after its decision (CF-357)
    "bien_ban_hoi_nghi_cbcc_muon_loi.txt": ("", [("CF-374", 8)]),
    "ke_hoach_hoi_nghi_nld_muon_loi.txt": ("ke_hoach", [("RC-92", 1), ("CF-356", 14)]),
    "bao_cao_cong_khai_bang_loi.txt": ("bao_cao", [("OR-07", 8), ("CF-357", 13), ("CF-400", 18)]),
    # minutes electing a Ban Thanh tra member convened and chaired by the Front's chairman (CF-358, Decree 59 Art. 3.1.a)
    "bien_ban_bau_thanh_vien_bttnd_loi.txt": ("", [("CF-358", 14)]),
    # a commune council's resolution fixing the people's contribution itself (CF-359, Law Art. 15.1)
    "du_thao_nghi_quyet_dong_gop_loi.txt": ("", [("OR-07", 9), ("CF-359", 14)]),
    # the communities' 2026 yearly conference put off to February-March 2027 (CF-375, Law Art. 33.1)
    "cong_van_hoi_nghi_sang_nam_loi.txt": ("", [("CF-375", 8)]),
    # a plan's table: the agencies' yearly conference in May (CF-373) and the communities' in June (CF-161)
    "ke_hoach_dan_chu_xa_bang_loi.txt": ("ke_hoach", [("CF-373", 15), ("CF-161", 16)]),
    # a report: 90 of 187 households (48,1%, the table's rows) and the dismissal declared passed (CF-371)
    "bao_cao_cho_thoi_truong_thon_loi.txt": ("bao_cao", [("CF-371", 12), ("CF-378", 14)]),  # CF-371: the count (12) through the decision declared (13)
    "bao_cao_sach.txt": ("bao_cao", []),
    "bao_cao_kiem_nhiem_loi.txt": ("bao_cao", [("RL-40", 10), ("RL-41", 12)]),  # line 11: two people
    "bao_cao_loi.txt": ("bao_cao", [
        ("DC-01", 4), ("DC-01", 6), ("RC-09", 8), ("IC-01", 14), ("IC-01", 14), ("RL-03", 17),
        ("IC-02", 20), ("IC-03", 20), ("IC-04", 22), ("OR-03", 23), ("OR-04", 23),
        ("IC-06", 26), ("IC-05", 27), ("OR-09", 32), ("IC-07", 33), ("IC-08", 34),
        ("IC-11", 38), ("IC-10", 43), ("OR-10", 46)]),  # 10 days ≠ 01–20/3; 3 + 2 ≠ 6; Phòng Nội vụ huyện
    # a plan whose basis is dated after it (IC-51), 03 meetings with two dates (IC-54), notice 8 days before,
    # said 10 (IC-52), 31/4 (IC-50), an attached Quy định citing a clause its article lacks (IC-53), and
    # the Ban Thanh tra nhân dân of 07, then of 05 members (IC-55)
    "ke_hoach_ngay_thang_loi.txt": ("ke_hoach", [("IC-51", 11), ("IC-54", 15), ("IC-52", 20), ("IC-50", 21),
                                                 ("IC-53", 33), ("IC-55", 37)]),
    # round 8 (rulesQ): a form clause without the 02 household representatives (CF-265), the Chi bộ deciding to dismiss
    # the Trưởng bản (CF-264), the posting period in the clause after ";" (CF-03 carry), signatories without the Front (CF-266)
    "huong_uoc_round8_loi.txt": ("huong_uoc", [("CF-265", 14), ("CF-264", 23), ("CF-03", 30), ("CF-266", 32), ("RC-76", 4)]),
    # round 9 (rulesT): a commune's letter (type unknown) on Decree 59 Arts. 3, 8, Law Arts. 37.2, 42.2, Decree 61
    # Arts. 11.5, 24.1; the minutes of a hương ước meeting: 70/150 present, 66/150 in favour, two signatures only
    "cong_van_truong_thon_huong_uoc_loi.txt": ("", [
        ("CF-283", 12), ("CF-284", 13), ("CF-285", 14), ("CF-286", 15), ("CF-287", 16), ("CF-289", 17)]),
    # s12b-outdated: a Front committee's notice of 20/11/2026 naming the district's project board as investor (OR-37),
    # the district's Phòng answering on 12/10/2026 (OR-36), a task done in 10/2026 in "thị trấn …, huyện …" (OR-38; the
    # same names "trước ngày 01/7/2025" on line 15 are history); a cooperative's draft quy chế of 2026 (type unknown,
    # written as articles) sent to the district's Phòng (OR-39), its blanks (DC-01, DC-02)
    "thong_bao_gsdtcd_cap_huyen_cu_loi.txt": ("", [("OR-37", 9), ("OR-36", 12), ("OR-38", 14)]),
    "quy_che_hop_tac_xa_cap_huyen_cu_loi.txt": ("", [("DC-01", 2), ("OR-39", 10), ("DC-02", 11)]),
    "bien_ban_huong_uoc_loi.txt": ("", [("CF-288", 13), ("CF-62", 20), ("RC-51", 24), ("RC-51", 24)]),
    # round 13 (rulesR13b): a guidance letter telling communes to keep the forms of an ended ordinance (OR-25); minutes
    # giving the summoned and the present apart, under two thirds, and calling the conference valid (CF-368, CF-369);
    # absences whose labelled parts do not add up (IC-77)
    "cong_van_huong_dan_mau_cu_loi.txt": ("", [("OR-25", 15)]),
    "bien_ban_hoi_nghi_vien_chuc_loi.txt": ("", [("CF-368", 12), ("IC-77", 13)]),  # 30 + 5 + 5 = 40 absent, not 38
    "bien_ban_hoi_nghi_nguoi_lao_dong_dnnn_loi.txt": ("", [("CF-369", 12)]),
    # rulesS14b: an agency's minutes recording its Ban of 09 with 03 deputies (CF-435, Decree 59 Art. 21.3) and the
    # union sending two members in as replacements (CF-436, Law Art. 60.3); the Ban no longer reporting to the union
    # (CF-437, Law Art. 62.3)
    "bien_ban_hoi_nghi_vien_chuc_ban_ttnd_loi.txt": ("", [("CF-435", 18), ("CF-436", 19), ("CF-437", 20)]),
    # rulesS14b: an agency's quy chế amended without the union's opinion (CF-438, Law Art. 55.2)
    "quy_che_co_quan_ban_hanh_loi.txt": ("quy_che_co_quan", [("RC-55", 4),  # RC-55 (gợi ý): no six-monthly review of the conference resolution (Law Art. 52.3)
        ("CF-438", 29)]),
    # rulesS15b: the plan of a ward UBND's own conference of cán bộ, công chức electing its Ban on the Chủ tịch's list
    # (CF-470, Law Art. 60.1: on the union's proposal)
    "ke_hoach_hoi_nghi_cbcc_phuong_loi.txt": ("ke_hoach", [("CF-470", 15)]),
    # rulesS15d: a commune's notice keeping its Ban Thanh tra nhân dân out of the UBND's meetings (CF-491, Law Art.
    # 38.6) and reporting the publication at the term's last session (CF-490, Law Art. 14.3: the nearest regular one)
    "thong_bao_ban_ttnd_hop_bao_cao_loi.txt": ("", [("CF-491", 11), ("CF-490", 12)]),
    # s12 (internal consistency): a rate against its table's total row (IC-87: 13/16 = 81,3%, not 87,5%) and three
    # recommendations said considered over a table answering four (IC-85); a council resolution dated 20/12 but
    # passed, its closing formula says, on 18/12 (IC-86)
    # RC-53 (gợi ý): the report counts recognised hương ước but not those suspended or repealed (Decree 61 Art. 16.1.d);
    # RC-98 (gợi ý, s22-rq): nor does it assess their effect on the community's life (Art. 16.1.a)
    "bao_cao_bang_so_lieu_ke_tiep_loi.txt": ("bao_cao", [("IC-87", 12), ("IC-85", 15), ("RC-53", 4), ("RC-98", 4)]),
    "nghi_quyet_ngay_thong_qua_loi.txt": ("", [("IC-86", 14)]),
    # s12-samples-sb: CF-560..577 (rules/conflict_community.yaml; CF-570 is met by huong_uoc_xu_ly_loi.txt above).
    # Minutes of a meeting dismissing the Trưởng thôn convened and chaired by the Chủ tịch UBND xã while the Trưởng ban
    # công tác Mặt trận is another person, present (CF-563, Decree 59 Art. 3.1.c)
    "bien_ban_cho_thoi_truong_thon_loi.txt": ("", [("CF-563", 13)]),
    # a commune's plan for the thôn's periodic conference: convened and chaired by the Ban công tác Mặt trận (CF-568, Law
    # Art. 33.2) and without the Ban Thanh tra nhân dân member's report (CF-572, Decree 59 Art. 11.2.d)
    "ke_hoach_hoi_nghi_dinh_ky_ban_mat_tran_loi.txt": ("ke_hoach", [("CF-568", 12), ("CF-572", 13)]),
    # a thôn's tờ trình amending its hương ước: a proposal of 8% of households put to the community without the Ban công
    # tác Mặt trận (CF-573, Decree 61 Art. 7.3); the drafting group chosen by the Trưởng thôn alone (CF-574, Decree 61
    # Art. 8.1); the draft handed out only at the meeting (CF-562, Decree 59 Art. 3.4); the thôn cutting power and water
    # (CF-575, Decree 61 Art. 5.4)
    "to_trinh_sua_doi_huong_uoc_loi.txt": ("", [("CF-573", 11), ("CF-574", 14), ("CF-562", 15), ("CF-575", 19)]),
    # a notice of a household opinion poll: a team of 06 (CF-567, Decree 59 Art. 4.3) led by the Trưởng thôn (CF-565)
    "thong_bao_phat_phieu_loi.txt": ("", [("CF-567", 8), ("CF-565", 11)]),
    # a commune's six-month report: two thôn without a member of the Ban Thanh tra nhân dân (CF-577, Decree 59 Art. 13.2);
    # its term set at 02 years (CF-564, Law Art. 36.2); a new Trưởng thôn acting before recognition (CF-560, Decree 59
    # Art. 8); a hương ước applied before recognition (CF-561, Decree 61 Art. 11.5); the confidence vote kept internal
    # (CF-571, Law Art. 11.10); a Ban Giám sát đầu tư của cộng đồng of 03 (CF-566, Law Art. 41.1), its recommendation
    # sent without the Front's confirmation (CF-569, Law Art. 45.1.d) and kept on for other works (CF-576, Law Art. 41.1)
    "bao_cao_dan_chu_xa_ban_loi.txt": ("bao_cao", [("CF-577", 10), ("CF-564", 11), ("CF-560", 12), ("CF-561", 13),
                                                   ("CF-571", 14), ("CF-566", 16), ("CF-569", 20), ("CF-576", 21)]),
    # s12 samples-sa (time, rules CF-500–CF-515): lead times and deadlines read from the dates a document gives
    # CF-500: dialogue minutes, content sent Fri 12/6 for Thu 18/6 (Decree 145/2020 Art. 39.3: 05 working days)
    "bien_ban_doi_thoai_dinh_ky_ngay_lam_viec_loi.txt": ("", [("CF-500", 8)]),
    # CF-501: a school's Ban TTND notifies its inspection plan 03/3, inspects 05/3 (Decree 59 Art. 22.1.b)
    "bao_cao_ban_ttnd_truong_hoc_thoi_han_loi.txt": ("bao_cao", [("CF-501", 16)]),
    # CF-502 (Decree 59 Art. 26.1.b: plan 09/10, inspection 13/10), CF-515 (Law Art. 81.1.d: 30 days, not 15),
    # CF-509 (Decree 145 Art. 40.2: request 04/8, answered 20/8) in a state company's Ban TTND report
    "bao_cao_ban_ttnd_doanh_nghiep_thoi_han_loi.txt": ("bao_cao", [("CF-502", 15), ("CF-515", 16), ("CF-509", 17)]),
    # CF-503 / CF-504: the union's recognition of the Ban TTND dated 10/02 after a conference of 23/01 (Decree 59
    # Art. 21.1), 14/4 after one ending 20/3 (Art. 25.1)
    "quyet_dinh_cong_nhan_ban_ttnd_co_quan_muon_loi.txt": ("", [("CF-503", 3)]),
    "quyet_dinh_cong_nhan_ban_ttnd_doanh_nghiep_muon_loi.txt": ("", [("CF-504", 3)]),
    # s29-qt: CF-284d — the decision recognising a Trưởng thôn dates his start before its own day (Decree 59 Art. 8)
    "quyet_dinh_cong_nhan_truong_thon_lui_ngay_loi.txt": ("", [("CF-284d", 16)]),
    # a commune's yearly report: conscription list on the radio 01 buổi (CF-512, Law Arts. 11.9, 13.3); poll notice
    # the day before the ballots (CF-505, Law Art. 19.2) and the decision sent 10 working days after (CF-514, Art.
    # 20.3); contribution papers the day before (CF-513, Decree 59 Art. 3.4); an election plan rolled out 13 days
    # ahead (CF-507, Decree 59 Art. 6.1.a); the periodic conference convened 3 days ahead (CF-506, Art. 11.1.c)
    "bao_cao_xa_thoi_han_cong_dong_loi.txt": ("bao_cao", [
        ("CF-512", 10), ("CF-505", 14), ("CF-514", 16), ("CF-513", 19), ("CF-507", 22), ("CF-506", 24)]),
    # CF-508: the commune answers the Ban Giám sát đầu tư của cộng đồng 35 days after receipt (Law Art. 45.2.c)
    "cong_van_tra_loi_ban_giam_sat_dau_tu_muon_loi.txt": ("", [("CF-508", 10)]),
    # CF-510: the Trưởng thôn's tờ trình dated 11 working days after the meeting (Decree 61 Art. 11.3.a)
    "to_trinh_cong_nhan_quy_uoc_muon_loi.txt": ("", [("CF-510", 3)]),
    # CF-511: the recognition of 20/4 puts the quy ước in force from 01/5 (Decree 61 Art. 11.5)
    "quyet_dinh_cong_nhan_quy_uoc_hieu_luc_loi.txt": ("", [("CF-511", 15)]),
    # s12-samples-sc (round 20 rules). A state company of 86 workers working together: a delegates' conference (CF-539,
    # Law Art. 69.2.a); 03 of the Ban's 09 members deputies (CF-551, Decree 59 Art. 25.2); the Director recognising the
    # Ban's election (CF-530, Law Arts. 77.1, 81.2.a); the Ban reporting to him, not to the union (CF-533, Art. 79.3);
    # an extraordinary conference held to 50% of the workers (CF-536, Art. 68.1: one third); a ballot in place of the
    # conference to save costs (CF-537, Art. 68.2); the resolution reviewed once a year (CF-538, Art. 70.3)
    "bao_cao_hoi_nghi_nld_dnnn_bttnd_loi.txt": ("bao_cao", [
        ("CF-539", 12), ("CF-551", 23), ("CF-530", 29), ("CF-533", 30), ("CF-536", 34), ("CF-537", 35), ("CF-538", 38)]),
    # a state company's quy chế: what it publishes without business ethics and social responsibility (RC-56, gợi ý, Law
    # Art. 64.2); a relative majority (CF-547, Art. 69.2.c); the Ban's yearly plan only (CF-549, Art. 79.2)
    "quy_che_doanh_nghiep_cong_khai_bttnd_loi.txt": ("quy_che_doanh_nghiep", [("RC-56", 4), ("CF-547", 20), ("CF-549", 25)]),
    # minutes of a provincial centre's staff conference: no report of its Ban (RC-54, Law Art. 51.4.đ); organised with the
    # Youth Union branch (CF-545, Art. 51.1); passed with 20/45 (CF-548, Art. 51.2.c); 03 deputies in a Ban of 09
    # (CF-552, Decree 59 Art. 21.3); comments to the Director only, not through the union (CF-534, Law Art. 58.2)
    "bien_ban_hoi_nghi_vien_chuc_trung_tam_loi.txt": ("", [
        ("RC-54", 6), ("CF-545", 13), ("CF-548", 19), ("CF-552", 25), ("CF-534", 31)]),
    # a school's report on democracy: no six-monthly review of the resolution (RC-55, gợi ý, Law Art. 52.3); a Ban of 02
    # (CF-546, Art. 60.1; the commune's UBND in the header keeps CF-325 aside); no quarterly programme (CF-550, Art. 62.2);
    # the Ban reporting to the head, not to the union (CF-532, Art. 62.3)
    "bao_cao_dan_chu_truong_hoc_bttnd_loi.txt": ("bao_cao", [("RC-55", 5), ("CF-546", 16), ("CF-550", 17), ("CF-532", 18)]),
    # the quy chế of a commune UBND as an agency: its Ban appointed by the Chủ tịch (CF-531, Law Arts. 60.1, 63.2.a)
    "quy_che_co_quan_ubnd_bttnd_loi.txt": ("quy_che_co_quan", [("CF-531", 24)]),
    # a non-state employer of 1.200 (Decree 145/2020): comments through the line manager only (CF-535, Art. 44.2); a
    # workers' side of 20 (CF-542, Art. 38.2: 24); no conference in 2025 (CF-540, Art. 47.1); the quy chế amended without
    # the union (CF-543, Art. 48.2); no dialogue on the new pay scales (CF-544, Art. 41.1.c); the union kept out of
    # organising the 2026 conference (CF-541, Art. 47.1)
    "bao_cao_dan_chu_ngoai_nha_nuoc_loi.txt": ("bao_cao", [
        ("CF-535", 14), ("CF-542", 16), ("CF-540", 17), ("CF-543", 18), ("CF-544", 19), ("CF-541", 23)]),
    # the Front's notice of a Ban Giám sát đầu tư của cộng đồng with the wife of the contractor's director (RL-51, Law Art. 42.2)
    "thong_bao_ban_giam_sat_dau_tu_nguoi_than_loi.txt": ("", [("RL-51", 15)]),
    # s12-samples-sd (s12b-quorum rules CF-590–CF-594): a claim checked against the counts the text itself gives
    # a thôn's minutes electing a Ban Giám sát đầu tư của cộng đồng member: the secretary chosen with 58/131 present
    # (CF-591, Decree 59 Art. 3.5.a: over 50% of those present); 92 votes of 196 households declared elected (CF-590,
    # Law Arts. 15.5, 21.1: over 50% of all households)
    "bien_ban_bau_ban_giam_sat_dau_tu_thon_loi.txt": ("", [("CF-591", 15), ("CF-590", 19)]),
    # a tổ dân phố's online-vote minutes: the online form chosen by 91/198 (CF-594, Decree 59 Art. 5.2.c) and the
    # content declared passed with 92/198 (CF-593, Art. 5.4.b: over 50% of all households)
    "bien_ban_bieu_quyet_truc_tuyen_loi.txt": ("", [("CF-594", 10), ("CF-593", 15)]),
    # s16-cc: a ward's guidance letter setting the online vote's bar on the households that take part (CF-596, Decree 59
    # Art. 5.4.b: over 50% of all households)
    "cong_van_bieu_quyet_truc_tuyen_nguong_loi.txt": ("", [("CF-596", 12)]),
    # s16-cc: the Ban's yearly report gives the UBND's average answer time to its petitions, past 15 days (CF-597, a
    # cảnh báo: Law Art. 40.1.c)
    "bao_cao_ban_ttnd_thoi_gian_tra_loi_loi.txt": ("bao_cao", [("CF-597", 11)]),
    # the Front's report: 61 of 180 households asking to dismiss the Trưởng thôn called grounds enough (CF-592,
    # Decree 59 Art. 9.1.b: at least 50%)
    "bao_cao_cho_thoi_truong_thon_kien_nghi_loi.txt": ("bao_cao", [("CF-592", 12)]),
    # s12c-covc: a commune's quy chế naming who signs a community decision without the two household representatives
    # (CF-620) or without the Trưởng ban công tác Mặt trận (CF-621, Law Art. 20.2.g), and the Ban Thanh tra nhân dân and
    # Ban Giám sát đầu tư của cộng đồng reporting periodically to the UBND (CF-622, Law Arts. 39.3, 44.3), the UBND
    # dismissing a Ban member (CF-623, Law Art. 36.2, Decree 59 Art. 13.1); a short
    # quy chế, so its missing groups and effective date are advice (RC-02, DC-05)
    "quy_che_chu_ky_bao_cao_ban_loi.txt": ("quy_che_xa", [("DC-05", 6), ("RC-02", 6), ("RC-02", 6), ("RC-02", 6),
                                                          ("CF-620", 13), ("CF-621", 14), ("CF-622", 20), ("CF-622", 21),
                                                          ("CF-623", 22)]),
    # s12c-covw (provision coverage, workplace; CF-600–CF-603)
    # a Sở's six-month report: its budget posted for 10 days (CF-602, Law Art. 48.2: 20 consecutive days; the commune's
    # CF-23 yields); ballots sent in place of the staff conference for workload (CF-600, cảnh báo, Art. 50.2); the Director
    # deciding not to set up a Ban in a special case (CF-601, Decree 59 Art. 21.2: the upper-level union decides); the
    # union deciding when the yearly conference meets (CF-604, Law Art. 51.1: the head decides after consulting it); the
    # internal spending rules and extra income put out of publicity (CF-606, cảnh báo, Art. 46)
    "bao_cao_dan_chu_co_quan_phieu_loi.txt": ("bao_cao", [
        ("RC-09", 5), ("RC-55", 5), ("CF-602", 9), ("CF-600", 12), ("CF-604", 13), ("CF-601", 16), ("CF-606", 19)]),
    # a state company's report: new pay scales posted for 10 days (CF-603, Law Art. 66.2: 20 consecutive days); the
    # union deciding when the yearly conference meets (CF-605, Art. 69.1); the bonus and welfare funds kept out of
    # publicity (CF-607, cảnh báo, Art. 64.1.d)
    "bao_cao_dnnn_niem_yet_loi.txt": ("bao_cao", [
        ("RC-09", 5), ("RC-09", 5), ("RC-09", 5), ("CF-603", 11), ("CF-605", 14), ("CF-607", 17)]),
    # a private company's short quy chế: union dues and social insurance kept out of publicity (CF-608, cảnh báo, Decree
    # 145/2020 Art. 43.1.đ); no dialogue or yearly conference in it (RC-10, RC-20)
    "quy_che_ngoai_nha_nuoc_cong_khai_loi.txt": ("quy_che_doanh_nghiep", [("RC-20", 3), ("RC-10", 3), ("RC-10", 3), ("CF-608", 12),
                                                                        ("DC-05", 3)]),  # s22-ty: typed, no effective-date article
    # s13 (what does not add up): a change told from, to and by (IC-88, twice: "tăng 12 cuộc so với năm 2024 (40
    # cuộc)", "giảm từ 120 hộ xuống còn 95 hộ, giảm 35 hộ"); receipts, spending and balance in one sentence (IC-89);
    # a show of hands against those present in the same sentence (IC-75); the Ban Thanh tra nhân dân counting two
    # Trưởng thôn among its members (RL-03, Law Art. 37.2)
    "bao_cao_so_lieu_thay_doi_loi.txt": ("bao_cao", [
        ("IC-88", 13), ("IC-88", 14), ("IC-89", 15), ("IC-75", 16), ("RL-03", 20)]),
    # minutes that end (10 giờ 30) before they begin (14 giờ 00) the same day (IC-90)
    "bien_ban_gio_hop_loi.txt": ("", [("IC-90", 14)]),
    # a letter dated 20/5/2026 asking the villages to report before 15/5/2026 (IC-91)
    "cong_van_thoi_han_loi.txt": ("", [("IC-91", 11)]),
    # a quarterly report dated 09/3/2026 whose period runs to 31/3/2026 (IC-92)
    "bao_cao_ky_bao_cao_loi.txt": ("bao_cao", [("IC-92", 10)]),
    # a notice whose timetable puts the adoption in June 2026 while it asks for it before 30/4/2026 (IC-93)
    "thong_bao_tien_do_thoi_han_loi.txt": ("", [("IC-93", 15)]),
    # a notice whose timetable gives the Tổ bầu cử a task (06/3) before the row that sets it up (09/3), and posts "các
    # quyết định" (08/3) before that decision is signed (IC-94); the decision 6 days before the vote (CF-40)
    "thong_bao_lich_trinh_to_bau_cu_loi.txt": ("", [("IC-94", 13), ("CF-40", 14), ("IC-94", 15)]),
    # a notice that restates the meeting's day (14/3/2026) against the day it gives it (15/3/2026) (IC-95)
    "thong_bao_ngay_hop_nhac_lai_loi.txt": ("", [("IC-95", 11)]),
    # s22-ic: minutes stating the vote's total (120) beside a table of its answers by column, 98 + 15 + 5 = 118 (IC-96)
    "bien_ban_tong_so_bieu_quyet_loi.txt": ("", [("IC-96", 17)]),
    # s24-ic: a decision stating its own effect twice, from 01/4/2026 and from the day it is signed, 02/3/2026 (IC-97)
    "quyet_dinh_hieu_luc_hai_lan_loi.txt": ("", [("IC-97", 15)]),
    # s27-ic: a several-seat election, one candidate credited with more votes than the valid ballots (IC-98)
    "bien_ban_kiem_phieu_bttnd_phieu_vuot_loi.txt": ("", [("IC-98", 14)]),
    "bao_cao_ky_van_ban_het_hieu_luc_loi.txt": ("bao_cao", [("OR-40", 14)]),
    # an agency's quy chế of 2020 still applied, never remade under the Law (OR-41, gợi ý, Law Art. 59.1.a)
    "bao_cao_quy_che_co_quan_cu_loi.txt": ("bao_cao", [("OR-41", 14)]),  # an act of the period under NĐ 159/2016; "được công nhận theo" QĐ 22/2018 is not
    # a state company's quy chế: the Director setting the Ban Thanh tra nhân dân's size (CF-800, Law Art. 77.1: the
    # conference decides) and approving its inspection plan (CF-801, cảnh báo, Art. 79.1, Decree 59 Art. 26.1.b); the
    # Director deciding who speaks for the workers in the dialogue (CF-802, Decree 145/2020 Art. 38.2.a) and, alone, when
    # and where it meets (CF-803, cảnh báo, Art. 39.2: both sides); the Director alone setting the delegates of the
    # workers' conference (CF-804, cảnh báo, Law Art. 69.2.b: agreed with the union)
    "quy_che_noi_lam_viec_bo_sung_loi.txt": ("quy_che_doanh_nghiep", [
        ("RC-56", 4), ("CF-800", 13), ("CF-801", 14), ("CF-802", 18), ("CF-803", 19), ("CF-804", 22)]),
    # s13-pc (provisions_village.yaml, CF-760–CF-771): a commune's plan for electing Trưởng thôn and amending hương ước —
    # the Đảng ủy deciding to hold the election (CF-767, Decree 59 Art. 6.1.a), the chi bộ deciding the candidates
    # (CF-766, Art. 6.2), the deputy convening while the post is vacant (CF-764, Law Art. 18.1, Decree 59 Art. 3.1.d), the
    # Ban kiểm phiếu appointed (CF-761, Law Art. 18.4.d) and no nominations from the floor (CF-762, Art. 3.5.b), the
    # counting minutes in 02 copies (CF-701 of rules/provisions_commune.yaml, Art. 3.5.c), a re-run on the spot (CF-768, Arts. 3.5.d, 8), a resignation
    # sent to the chi bộ (CF-769, cảnh báo, Art. 9.1.a), the Tổ bầu cử choosing the form of the vote (CF-771, Law Art.
    # 18.4.d); the Trưởng thôn fixing the posting period (CF-770, cảnh báo,
    # Decree 61 Art. 9.1) and deciding the amendment (CF-763, Art. 13.4), the Tư pháp officer leading the recognition
    # (CF-760, cảnh báo, Art. 11.3.b)
    "thon_truong_thon_huong_uoc_loi.txt": ("ke_hoach", [
        ("CF-767", 9), ("CF-766", 10), ("CF-764", 11), ("CF-761", 12), ("CF-762", 13), ("CF-701", 14), ("CF-768", 15),
        ("CF-769", 16), ("CF-771", 17), ("CF-770", 20), ("CF-763", 21), ("CF-760", 22)]),
    # s13-pa (provisions, the commune's publicity and what citizens decide; CF-700–CF-706): a commune's resolution posting
    # its quy chế and procedures for 30 days (CF-700, Law Art. 13.2: thường xuyên); a Phó Trưởng thôn convening when the
    # head is vacant (CF-702, Art. 18.1); the Trưởng thôn choosing the vote form (CF-704, Art. 18.4.d) and the chair
    # appointing the Ban kiểm phiếu (CF-703, Decree 59 Art. 3.5.c); the tally in 02 copies (CF-701: 03); the Trưởng thôn
    # deciding on cluster meetings (CF-705, Art. 3.6); the report to the HĐND at the end of the term (CF-706, Law Art. 23.1);
    # the list of poor households kept internal (CF-707, cảnh báo, Art. 11.7); the Ban's election effective from the vote
    # (CF-708, Art. 21.2: from the Front's recognition); the Chủ tịch setting up the ballot team (CF-709, Decree 59 Art.
    # 4.3: the Trưởng thôn); the content agreed with the Party cell, not the Front (CF-710, cảnh báo, Law Art. 16.2)
    "nghi_quyet_cong_khai_ban_quyet_loi.txt": ("nghi_quyet_bien_phap", [
        ("CF-700", 28), ("CF-702", 29), ("CF-704", 30), ("CF-703", 31), ("CF-701", 32), ("CF-705", 33), ("CF-706", 34),
        ("CF-707", 35), ("CF-708", 36), ("CF-709", 37), ("CF-710", 38)]),
    # s40-act: a commune's plan to put a commune-wide matter to the People names the council's deputy chairman as the one
    # who decides its content and form (CF-16d, Law Art. 16.1: the Chủ tịch UBND xã, after agreeing with the Front)
    "ke_hoach_ban_quyet_noi_dung_loi.txt": ("ke_hoach", [("CF-16d", 12)]),
    # a commune's quy chế on comments and supervision (rules/provisions_supervision.yaml): 10 days for the people's
    # comments written as "góp ý" (CF-737, Law Art. 28.2); the Ban Thanh tra nhân dân's size fixed by the UBND (CF-732,
    # Decree 59 Art. 13.2), temporary residents as members (CF-734, Law Art. 37.2), its election guided and its make-up
    # announced by the UBND (CF-736, CF-740, Law Art. 40.2.a-b), one-man rule (CF-731, Decree 59 Art. 12.3), its plan
    # approved by the UBND chairman (CF-735, cảnh báo), its minutes confirmed by the UBND (CF-739, Art. 40.2.d), its
    # reports six-monthly (CF-730, Decree 59 Art. 14.3); the Ban Giám sát đầu tư's size set by the UBND chairman
    # (CF-733, Law Art. 45.1.a) and paid by the investor (CF-738, cảnh báo, Art. 45.1.e); a yearly plan only (CF-741, gợi ý,
    # Decree 59 Art. 14.1.a)
    "quy_che_gop_y_giam_sat_loi.txt": ("quy_che_xa", [
        ("DC-05", 4), ("RC-02", 4), ("RC-02", 4), ("CF-737", 12), ("CF-732", 18), ("CF-734", 19), ("CF-736", 20),
        ("CF-740", 21), ("CF-731", 24), ("CF-735", 25), ("CF-739", 26), ("CF-730", 27), ("CF-733", 30), ("CF-738", 31),
        ("CF-741", 34)]),
    # s13-qe: a commune appoints a Trưởng thôn for a term (Law Art. 15.4: the community elects; CF-947)
    "quyet_dinh_bo_nhiem_truong_thon_loi.txt": ("", [("OR-07", 14), ("CF-947", 19)]),
    # s13-qe: a commune lowers the households' share that may ask to dismiss a Trưởng thôn (Decree 59 Art. 9.1.b: 50%)
    "huong_dan_cho_thoi_truong_thon_loi.txt": ("", [("CF-948", 13)]),
    # s14-cfc: the commune's Ban Thanh tra nhân dân given the HĐND's term (Law Art. 36.2: the Trưởng thôn's; CF-950)
    "quy_che_nhiem_ky_ban_ttnd_loi.txt": ("", [("CF-950", 14)]),
    "bien_ban_cong_dong_thieu_ket_qua_loi.txt": ("", [("RC-58", 5)]),  # the form, no result of the vote (Law Art. 20.2.đ)
    "ke_hoach_ban_ttnd_thieu_kinh_phi_loi.txt": ("ke_hoach", [("RC-59", 5)]),  # no kinh phí (Decree 59 Art. 14.1.a)
    "ke_hoach_hoi_nghi_bttnd_bao_cao_loi.txt": ("ke_hoach", [("RC-62", 6)]),  # the programme has no report by the Ban (Law Art. 51.4.đ)
    "ke_hoach_hoi_nghi_dinh_ky_chuong_trinh_loi.txt": ("ke_hoach", [("RC-63", 5), ("RC-77", 5)]),  # no report by the village's BTTND member (Decree 59 Art. 11.2.d)
    "ke_hoach_kiem_tra_ban_ttnd_noi_nhan_loi.txt": ("ke_hoach", [("RC-60", 12)]),  # not sent to the UBMTTQ (Art. 14.1.b)
    "bao_cao_ban_ttnd_kinh_gui_loi.txt": ("bao_cao", [("RC-61", 5)]),  # addressed to the UBND only (Art. 14.3)
    # s14-ra (other obligations of the workplace clauses; CF-805–CF-821)
    # a Sở's quy chế: the conference every two years by the union's term (CF-805, Law Art. 51.1); only the Director
    # proposes (CF-806, Art. 50.1); a resolution valid against the law (CF-807, Art. 51.2.c); ballots without the union
    # (CF-816, Art. 50.2) and after the first convening (CF-817, cảnh báo); small units barred from a conference (CF-820,
    # cảnh báo, Art. 51.2.đ); the candidate list approved by the Director (CF-818, Arts. 60.1, 63.2.a); retirees and
    # outsiders as members (CF-811, Art. 60.2); a six-person team made to elect a Ban (CF-821, cảnh báo, Art. 60.1);
    # the Ban barred from asking for documents (CF-812, Art. 61.3); no union funding (CF-813, Art. 63.2.đ)
    "quy_che_co_quan_nhiem_vu_loi.txt": ("quy_che_co_quan", [
        ("RC-03", 3), ("RC-55", 3), ("CF-805", 7), ("CF-806", 8), ("CF-807", 9), ("CF-816", 10), ("CF-817", 11),
        ("CF-820", 12), ("CF-818", 15), ("CF-811", 16), ("CF-821", 17), ("CF-812", 18), ("CF-813", 19)]),
    # a hospital's conference plan: no review of the Director (CF-808, Art. 51.3.c), the union reading it (CF-819,
    # cảnh báo, Art. 51.4.a), no report of the Ban (CF-809, Art. 51.4.đ), a resolution not put to the vote (CF-810,
    # Art. 51.4.i)
    "ke_hoach_hoi_nghi_trinh_tu_loi.txt": ("ke_hoach", [("CF-808", 10), ("CF-819", 11), ("CF-809", 12), ("CF-810", 13)]),
    # a private company choosing the state-enterprise rules without telling the union (CF-814, Law Art. 82.2) and
    # rejecting the union's comments without reasons (CF-815, Decree 145/2020 Art. 48.2)
    "quy_che_ngoai_nha_nuoc_lua_chon_loi.txt": ("quy_che_doanh_nghiep", [("RC-10", 3), ("RC-10", 3), ("CF-814", 10), ("CF-815", 13)]),
    # s14-rv (provisions_village.yaml, CF-772–CF-780): a commune's plan — the chi bộ naming the interim Trưởng thôn
    # (CF-772, Decree 59 Art. 9.3), the chair appointing the secretary (CF-777, cảnh báo, Art. 3.5.a), duty from the
    # announcement of the result (CF-778, Art. 8), 2/3 of households to petition a dismissal (CF-779, cảnh báo, Art.
    # 9.1.b), the count with no household witness (CF-780, Art. 3.5.c); a hương ước signed by 01 household
    # representative (CF-774), sealed by the thôn (CF-775, Decree 61 Art. 6.1), approved by the Đảng ủy (CF-776, Art. 11.1)
    "thon_lam_thoi_huong_uoc_cong_nhan_loi.txt": ("ke_hoach", [
        ("CF-772", 9), ("CF-777", 10), ("CF-778", 11), ("CF-779", 12), ("CF-780", 13), ("CF-781", 14), ("CF-774", 17),
        ("CF-775", 18), ("CF-776", 19)]),
    # s14-rv: a hương ước expelling a repeat offender and denying daughters a share (CF-773, Decree 61 Art. 4.1)
    # s15-hu: a quy ước denying a family its share because a daughter married a man of another ethnic group (CF-782,
    # Decree 61 Art. 4.1), with no yearly review (RC-76, Art. 15.4); a report on the drafting team of a Thái village
    # with no già làng (RC-75, Art. 8.2). RC-76 (no yearly review) and RC-77 (no biểu dương step, Decree 59 Art. 11.2.h)
    # are gợi ý findings added to the older hương ước and periodic-conference samples.
    "huong_uoc_phan_biet_dan_toc_loi.txt": ("huong_uoc", [("CF-782", 11), ("CF-783", 12), ("RC-76", 1)]),  # CF-783: a fine of a pig (Art. 5.4)
    "bao_cao_to_soan_thao_gia_lang_loi.txt": ("bao_cao", [("RC-75", 11)]),
    "huong_uoc_han_che_quyen_loi.txt": ("huong_uoc", [("CF-773", 10), ("CF-773", 11)]),
    # s31-fb: a hương ước that withholds a household's recognition for petitioning the commune (CF-983r, Law Art. 9.1–2)
    "huong_uoc_tru_dap_kien_nghi_loi.txt": ("huong_uoc", [("CF-983r", 12)]),
    # s14-rb: a commune's quy chế on the Ban Thanh tra nhân dân and the people's comments — the UBND chairman recognising
    # the members (CF-975, Law Art. 40.2.b), members paying the Ban's costs (CF-976, Art. 40.2.e), the Ban denied the
    # right to ask for documents (CF-977, Art. 38.3), the UBND giving documents only with the province's consent (CF-978,
    # Art. 40.1.b), a vacancy filled by appointment (CF-979, Art. 36.2); no explanation for comments not taken (CF-980,
    # Art. 28.3), a share of the households present (CF-981, Art. 21.1), absent households counted as agreeing (CF-982,
    # Art. 9.5), a denouncer's name made public (CF-983, Art. 9.2); the Ban's election not announced to the people (CF-985,
    # Art. 40.2.b), the comment report not sent to the UBMTTQ (CF-986, Art. 28.5), a refusal to recognise told orally
    # (CF-987, Art. 21.2), one household representative signing (CF-988, Art. 20.2.g), the form chosen without the Trưởng
    # ban công tác Mặt trận (CF-989, Art. 20.1), the HĐND told at the end of the term (CF-990, Art. 28.5)
    # s16-rr: a village's household-form plan led by the Trưởng thôn ("Trưởng thôn - Tổ trưởng", RL-10, Decree 59 Art.
    # 4.3) and not sent to the commune's Front committee (RC-79, Art. 4.2); a request to recognise a hương ước whose file
    # lacks the meeting's minutes (RC-78, Decree 61 Art. 11.4.b); a commune's notice of the poor households' support not
    # sent to the village heads (RC-80, Law Art. 13.4)
    # s39-ac: the dash roll («Ông A, Trưởng thôn - Tổ trưởng;») is read by CF-565 (conflict, as the labelled sets); RL-10 yields
    "ke_hoach_phat_phieu_thon_to_truong_loi.txt": ("ke_hoach", [("CF-565", 15), ("RC-79", 22)]),
    # s39-ac: RL-10 keeps a draft in a shape of its own («Tổ trưởng do ông A, Trưởng thôn, đảm nhiệm»)
    "ke_hoach_phat_phieu_thon_to_truong_dam_nhiem_loi.txt": ("ke_hoach", [("RL-10", 15), ("RC-79", 22)]),
    # s22-rq: a request whose file lists the minutes but not the adopted text (RC-93, Decree 61 Art. 11.4.c); the Ban
    # GSĐTCĐ's kiến nghị with no confirmation of the Front (RC-94, Law Art. 45.1.d); the Ban TTND's minutes likewise
    # (RC-95, gợi ý, Art. 40.2.d); a repeal decision not sent to the Front (RC-96, Decree 61 Art. 14.4: «Như Điều 3» sends
    # it to the Trưởng thôn); a commune's decision organising a consultation not sent to the Front (RC-97, Law Art. 28.1;
    # OR-07 gợi ý: the Law cited without its number). RC-98 (gợi ý, Decree 61 Art. 16.1.a) is read by the UBND's reports
    # on hương ước above (bao_cao_huong_uoc_ty_le_loi, bao_cao_tinh_huong_uoc_loi, bao_cao_xa_huong_uoc_cong_nhan_loi)
    "de_nghi_cong_nhan_huong_uoc_thieu_du_thao_loi.txt": ("", [("RC-93", 14)]),
    "kien_nghi_gsdtcd_khong_xac_nhan_loi.txt": ("", [("RC-94", 14)]),
    "bien_ban_hop_ttnd_khong_xac_nhan_loi.txt": ("", [("RC-95", 14)]),
    "quyet_dinh_bai_bo_huong_uoc_noi_nhan_loi.txt": ("", [("RC-96", 19)]),
    "quyet_dinh_lay_y_kien_noi_nhan_loi.txt": ("", [("OR-07", 10), ("RC-97", 21)]),
    "to_trinh_cong_nhan_huong_uoc_thieu_bien_ban_loi.txt": ("", [("RC-78", 14)]),  # s22-rq: at the list of the file
    "thong_bao_cong_khai_ho_ngheo_noi_nhan_loi.txt": ("", [("RC-80", 12)]),
    # s31-fb: an invitation that shuts household members other than the representative out of the meeting (CF-24h, Law Art. 24.2)
    "giay_moi_hop_thon_cam_thanh_vien_ho_loi.txt": ("", [("CF-24h", 9)]),
    # s31-fb: the UBND xã's notice of a dialogue before a decision refuses a representative (CF-27u, Law Art. 27.1)
    "thong_bao_doi_thoai_khong_uy_quyen_loi.txt": ("", [("CF-27u", 11)]),
    # s39-fb: the UBND xã's notice of a community vote tells the households they have no right to petition on it (CF-24k,
    # Law Art. 24.4)
    "thong_bao_ket_qua_bieu_quyet_khong_kien_nghi_loi.txt": ("", [("CF-24k", 10)]),
    "quy_che_ban_ttnd_y_kien_loi.txt": ("", [
        ("CF-975", 11), ("CF-976", 12), ("CF-977", 13), ("CF-978", 14), ("CF-979", 15), ("CF-980", 18), ("CF-981", 19),
        ("CF-982", 20), ("CF-983", 21), ("CF-985", 24), ("CF-986", 25), ("CF-987", 26), ("CF-988", 27), ("CF-989", 28),
        ("CF-990", 29)]),
    # s16-ob: a private employer choosing Mục 1 without notifying the union (RC-81, Law Art. 82.2) and publishing on a
    # Fanpage without the union's agreement (CF-826, Art. 65.1.g); a commune Ban Thanh tra nhân dân's report planning
    # only for the year (RC-82, Decree 59 Art. 14.1.a); minutes leaving a Mông translation of the hương ước to the
    # Trưởng thôn, not the community (RC-83, Decree 61 Art. 6.5)
    "quy_che_doanh_nghiep_chon_muc1_loi.txt": ("quy_che_doanh_nghiep", [("RC-81", 11), ("CF-826", 12)]),
    "bao_cao_ban_thanh_tra_nhan_dan_phuong_huong_loi.txt": ("bao_cao", [("RC-82", 15)]),
    "bien_ban_kiem_phieu_huong_uoc_tieng_dan_toc_loi.txt": ("", [("RC-51", 12), ("RC-51", 12), ("RC-83", 10)]),
    # s16-ob: a commune plan reporting the publication to the HĐND without sending it to the Front (CF-711, Law Art.
    # 14.3; RC-700 and OR-07 as on any short plan); a hương ước restating the statutory marriage age (CF-784, Decree 61
    # Art. 4.1)
    "ke_hoach_cong_khai_bao_cao_hdnd_loi.txt": ("ke_hoach", [("CF-711", 17), ("OR-07", 8), ("RC-700", 5), ("RC-700", 5)]),
    "huong_uoc_tuoi_ket_hon_loi.txt": ("huong_uoc", [("CF-784", 9), ("RC-76", 1)]),
    # s18-vl: minutes of a thôn's meeting chaired by the commune's deputy chairman (CF-868, Law Art. 18.1), the secretary
    # appointed by the chair (CF-777) and voted by 40% (CF-869, Decree 59 Art. 3.5.a), two candidates demanded (CF-871,
    # Art. 6.2); RC-51 as on any minutes of a decision without its signatures
    "bien_ban_hop_thon_chu_tich_xa_chu_tri_loi.txt": ("", [("CF-868", 8), ("CF-777", 9), ("CF-869", 13), ("CF-871", 17),
                                                           ("RC-51", 21), ("RC-51", 21), ("RC-51", 21)]),
    # s19-cb: duties of recipients and reporting at commune level — a UBND report to the HĐND on publicity not sent to
    # the Front (RC-701, Law Art. 14.3; RC-09 as on any short report); an HĐND resolution without the publicity report
    # to the HĐND and the Front (RC-702, Art. 14.3); a UBND plan for a commune-wide decision of the people never naming
    # the HĐND (RC-703, Art. 23.1); dialogue minutes without the Front (RC-704, Art. 32.1); a BTTND plan reporting to the
    # Chủ tịch UBND (CF-743, Decree 59 Art. 14.3) funded by donors (RC-705, Law Art. 40.2.e); a decision of the Chủ tịch
    # UBND setting up a Ban Giám sát đầu tư (CF-742 at the authority line, Art. 41.1) with no notice of its composition
    # (RC-706, Art. 45.1.b)
    "bao_cao_dan_chu_xa_khong_gui_mat_tran_loi.txt": ("bao_cao", [("RC-09", 5), ("RC-09", 5), ("RC-09", 5), ("RC-701", 15)]),
    "nghi_quyet_bien_phap_bao_cao_cong_khai_loi.txt": ("nghi_quyet_bien_phap", [("OR-07", 10), ("RC-702", 5)]),
    "ke_hoach_ban_quyet_dinh_toan_xa_loi.txt": ("ke_hoach", [("RC-703", 5)]),
    "bien_ban_doi_thoai_khong_mat_tran_loi.txt": ("", [("RC-704", 4)]),
    # s19-cr2: a report dated in December putting the year's dialogue with the people (CF-290, Law Art. 32.1) and a
    # thôn's yearly meeting (CF-291, Art. 33.1) off to next year
    "bao_cao_lui_doi_thoai_sang_nam_sau_loi.txt": ("bao_cao", [("OR-07", 8), ("RC-09", 5), ("RC-09", 5), ("RC-09", 5),
                                                               ("CF-290", 11), ("CF-291", 12)]),
    # s19-cr2: the Front's plan whose member table of the Ban Giám sát đầu tư has six representatives of the people
    # (CF-292, Decree 59 Art. 17.2: not more than 05)
    "ke_hoach_ban_giam_sat_qua_dai_dien_nguoi_dan_loi.txt": ("ke_hoach", [("CF-292", 17)]),
    # s19-cr2: the Ban Giám sát đầu tư's quarterly report addressed to the UBND xã (CF-293, Decree 59 Art. 18.3)
    "bao_cao_ban_giam_sat_dinh_ky_gui_ubnd_loi.txt": ("bao_cao", [("CF-293", 9)]),
    # line 16 («… hằng quý, 06 tháng và cả năm gửi Chủ tịch UBND xã»): CF-622, widened by s19-cm to read «cả năm»,
    # reads it first and CF-743 (s19-cb) stands aside for it, so the fault is reported once
    "ke_hoach_ban_ttnd_bao_cao_ubnd_loi.txt": ("ke_hoach", [("CF-622", 16), ("RC-705", 17)]),
    # CF-743 where no rule of the Ban's own wording reads it: a ward's quy chế has the Ban TTND report to the UBND
    "quy_che_phuong_ban_ttnd_bao_cao_ubnd_loi.txt": ("", [("CF-743", 11)]),
    "quyet_dinh_ubnd_thanh_lap_ban_giam_sat_loi.txt": ("", [("CF-742", 8), ("OR-07", 10), ("RC-706", 5), ("RC-706", 5)]),
    # s19-wp: a state enterprise's Ban reports its work to the director (CF-441), a member appointed deputy director
    # (RL-42, since dropped: it flagged lawful sentences on a blind set), a 30-day answer period (CF-515; CF-37, the commune's rule, reads any Ban's period); an agency's vote table
    # (CF-305), its Ban reporting to the director (CF-442), the 30 days restated (CF-443); a late reply to a dialogue request
    "bao_cao_ban_ttnd_dnnn_bao_cao_giam_doc_loi.txt": ("bao_cao", [("CF-441", 14), ("CF-37", 15), ("CF-515", 15)]),
    "bao_cao_hoi_nghi_vien_chuc_bang_bieu_quyet_loi.txt": ("bao_cao", [("CF-305", 12), ("CF-442", 14), ("CF-37", 15), ("CF-443", 15)]),
    "cong_van_tra_loi_yeu_cau_doi_thoai_loi.txt": ("", [("CF-444", 10)]),
    # s20-rq: the Front's notice of the Ban Thanh tra nhân dân's composition sent to the UBND only (RC-86, Law Art.
    # 40.2.b); a commune's budget notice whose footer names its website, its forms leaving it out (RC-88, Art. 13.1);
    # a Ban Giám sát đầu tư của cộng đồng's report of payments without the acceptance checked (RC-89, Art. 43.1.b)
    "thong_bao_thanh_phan_ban_ttnd_loi.txt": ("", [("OR-07", 8), ("RC-86", 12)]),
    "thong_bao_cong_khai_du_toan_website_loi.txt": ("", [("OR-07", 8), ("RC-88", 5)]),
    "bao_cao_giam_sat_dau_tu_giai_ngan_loi.txt": ("bao_cao", [("RC-89", 5)]),
    # s20-rq: a UBND's decision suspending part of a hương ước, sent to the village head only (RC-90, Decree 61 Art.
    # 12.4) and setting no deadline for the amendment (RC-91, Art. 12.3)
    "quyet_dinh_tam_ngung_huong_uoc_loi.txt": ("", [("RC-90", 16), ("RC-91", 5)]),
    # s21-cf: the plan's timetable puts the outgoing Trưởng bản in the «Chủ trì» column of the election meeting (CF-150b,
    # Decree 59 Art. 3.1.b: the Tổ bầu cử convenes and chairs); the other steps' heads are not read
    "ke_hoach_bau_truong_thon_bang_chu_tri_loi.txt": ("ke_hoach", [("OR-07", 8), ("CF-150b", 15)]),
    # s23-rd: a state company's letter stating the yearly conference's period as the first six months (CF-34b, Law Art.
    # 69.1: no later than 03 months into the next year)
    "cong_van_dnnn_thoi_han_hoi_nghi_loi.txt": ("", [("CF-34b", 12)]),
    # s24-rc: a ward's decision recognising a quy ước on a file its recital lists without the meeting's minutes (RC-99,
    # Decree 61 Art. 11.4.b); the Ban Giám sát đầu tư của cộng đồng's plan with no money for its work (RC-100, Decree 59
    # Art. 18.1)
    "quyet_dinh_cong_nhan_quy_uoc_thieu_bien_ban_loi.txt": ("", [("OR-07", 12), ("RC-99", 14)]),
    "ke_hoach_ban_gsdtcd_thieu_kinh_phi_loi.txt": ("ke_hoach", [("RC-100", 8)]),
    # s25-fe: a thôn's report of what was done under the community's decision on contributions, sent to the people and
    # the Ban công tác Mặt trận but not to the UBND xã (RC-707, Law Art. 23.2)
    "bao_cao_thon_ket_qua_dong_gop_khong_gui_ubnd_loi.txt": ("bao_cao", [("RC-707", 12)]),
    # s28-qt: an agency of 87 people, all at its office, summons a delegates' conference of 40 (CF-432, Law Art. 51.2.a:
    # fewer than 100 people meet in plenary unless they work scattered or cannot leave their posts)
    # s40-doc: its programme («báo cáo kết quả thực hiện nhiệm vụ năm 2025 …; báo cáo của Ban Thanh tra nhân dân; …»)
    # now reads as the head's report and the Ban's, and has none of the union's (RC-62, Law Art. 51.4.b)
    "ke_hoach_hoi_nghi_dai_bieu_van_phong_loi.txt": ("ke_hoach", [("OR-07", 8), ("CF-432", 12), ("RC-62", 5)]),
    # s30: a commune decision letting a Trưởng bản go with the village meeting said to be unneeded (CF-264m, Decree 59
    # Art. 9.1: the Chủ tịch decides on the community meeting's proposal)
    "quyet_dinh_cho_thoi_truong_ban_khong_hop_loi.txt": ("", [("OR-07", 12), ("CF-264m", 17)]),
    # s30: a staff conference's vote of 38 of the 80 present declared passed (CF-305v, Law Art. 51.2.c: more than half of
    # those attending); a state company's workers' conference passing a rule with 68 of 140 (CF-306v, Art. 69.2.c)
    "bien_ban_hoi_nghi_vien_chuc_bieu_quyet_tren_so_du_loi.txt": ("", [("CF-305v", 15)]),
    "bien_ban_hoi_nghi_nld_dnnn_bieu_quyet_loi.txt": ("", [("CF-306v", 11)]),
    # s30: the Trưởng thôn heading the Tổ phát phiếu she sets up (Decree 59 Art. 4.3: its head represents the Ban công
    # tác Mặt trận). s38: «QUYẾT ĐỊNH về việc thành lập Tổ phát phiếu …» is now read as the type heading, so the decision's
    # articles are body and CF-565 reads the list itself; CF-565h, its fallback for the list under the article that sets
    # the Tổ up (``yields_to: [CF-565]``), stands aside — the same line, basis and severity
    "quyet_dinh_to_phat_phieu_truong_thon_loi.txt": ("", [("CF-565", 9)]),
    # s38: CF-565h's own shape — «QUYẾT ĐỊNH thành lập …» with no «về việc», its title going on on a lower-case line, is
    # not taken for the type heading (checker_dev_acts2 da2-10's shape), and CF-565h reads the list under the article
    # that sets the Tổ up
    "quyet_dinh_to_phat_phieu_tieu_de_lien_loi.txt": ("", [("CF-565h", 10)]),
    # s30: a commune quy chế making the Ban Thanh tra nhân dân's access to records wait on the Party secretary's consent
    # (CF-977c, Law Arts. 38.3, 40.1.b)
    "quy_che_xa_ban_ttnd_cho_dong_y_loi.txt": ("", [("CF-977c", 11)]),
    # s40-qfp: a commune quy chế sparing the Ban Thanh tra nhân dân its quarterly report when a quarter brings no case
    # (CF-730q, Decree 59/2023 Art. 14.3: «hàng quý, 06 tháng năm, nhiệm kỳ»)
    "quy_che_xa_ban_ttnd_bao_cao_quy_loi.txt": ("", [("CF-730q", 11)]),
    # s31-qt: a hương ước giving its own effective date as a label, from the day of the vote (CF-20t, Decree 61 Art. 11.5:
    # from the day the UBND xã recognises it)
    "huong_uoc_hieu_luc_nhan_loi.txt": ("huong_uoc", [("CF-20t", 18)]),
    # s31-qt: a village report on a hương ước ballot held with the community's meeting not held at all (CF-47n, Decree 61
    # Art. 10.2.a: a ballot only after a meeting short of the share attending)
    "bao_cao_phat_phieu_huong_uoc_khong_hop_loi.txt": ("bao_cao", [("CF-47n", 12)]),
    # s36-qt: an initiative kept off the agenda under a floor of 30% the village set (Law Art. 16.3: 10%)
    "bao_cao_thon_sang_kien_nguong_cao_loi.txt": ("bao_cao", [("CF-380r", 9)]),
    # s32-fb: an agency's quy chế making a request to the Ban Thanh tra nhân dân wait on the station head's consent
    # (CF-534c, Law Art. 58.2); RC-03 (gợi ý) for the contents this extract leaves out
    "quy_che_co_quan_kien_nghi_dong_y_loi.txt": ("quy_che_co_quan", [("RC-03", 3), ("RC-03", 3), ("CF-534c", 9)]),
    # s36-fb: a museum's plan for its plenary staff conference that leaves its contract staff out (CF-432x, Law
    # Art. 51.2.a)
    "ke_hoach_hoi_nghi_vien_chuc_hop_dong_loi.txt": ("ke_hoach", [("CF-432x", 9)]),
    # s32-fb: an employer's quy chế relieving itself of giving reasons for comments not taken (CF-383r, Decree 145
    # Art. 48.2)
    "quy_che_doanh_nghiep_gop_y_ly_do_loi.txt": ("quy_che_doanh_nghiep", [("CF-383r", 9)]),
    # s32-fb: an employer's quy chế listing the labour norms among what the workers do not comment on (CF-323n, Decree 145
    # Art. 44.1.b, Law Art. 82.3), the item under its lead-in
    "quy_che_doanh_nghiep_loai_tham_gia_y_kien_loi.txt": ("quy_che_doanh_nghiep", [("CF-323n", 10)]),    # s33-ac: the minutes of a Ban Thanh tra nhân dân's meeting electing its Trưởng ban chaired, on its «Chủ trì:» label,
    # by the ward's Phó Chủ tịch UBND (CF-736c, Law Art. 40.2.b: the Front organises that meeting)
    "bien_ban_bau_truong_ban_bttnd_ubnd_chu_tri_loi.txt": ("", [("CF-736c", 11)]),    # s33-ac: an agency's plan leaving to the union's committee whether and when its conference is held (CF-310t, Law
    # Art. 51.1: the head decides after hearing the union)
    "ke_hoach_hoi_nghi_vien_chuc_cong_doan_quyet_dinh_loi.txt": ("ke_hoach", [("CF-310t", 15)]),
    # s34-fb: a tổ dân phố's invitation that takes only a man as the household's representative (CF-18d, Law Art. 18.2)
    "giay_moi_hop_to_dan_pho_chi_nam_gioi_loi.txt": ("", [("CF-18d", 9)]),
    # s34-a2: a public unit's Ban Thanh tra nhân dân naming the head as its directing body in a label (CF-311l, Law
    # Art. 62.1: the union's committee directs it)
    "chuong_trinh_bttnd_co_quan_chi_dao_giam_doc_loi.txt": ("ke_hoach", [("CF-311l", 8)]),
    # s35-fb: a commune's plan for village meetings that leaves households out on conditions the Law does not set
    # (CF-992, Law Art. 18.1 / 19.3), takes only men (CF-18d, Art. 18.2), bars a member who disagrees (CF-24h, Art.
    # 24.2), threatens to name those who complain (CF-991, Art. 9.2) and makes the Ban Thanh tra nhân dân wait on the
    # chairman's consent (CF-994, Art. 40.1.b) and reads petitions out with the sender's name (CF-995, Art. 9.2)
    "ke_hoach_hop_thon_loai_ho_loi.txt": ("ke_hoach", [("CF-992", 10), ("CF-18d", 11), ("CF-24h", 12), ("CF-991", 13),
                                                       ("CF-994", 14), ("CF-995", 15)]),
    # s37-hu: a village head's notice suspending an article of the recognised hương ước himself (CF-177t, Decree 61
    # Art. 12.2: the commune's People's Committee issues the suspension)
    "thong_bao_truong_thon_tam_ngung_huong_uoc_loi.txt": ("", [("CF-177t", 8)]),
    # s40-fbd: the Front's plan setting up a Ban Giám sát đầu tư without the Ban Thanh tra nhân dân's representative
    # (CF-41m, Law Art. 41.1)
    "ke_hoach_thanh_lap_bgs_thieu_bttnd_loi.txt": ("ke_hoach", [("CF-41m", 7)]),
    # s40-fbd: a state enterprise's quy chế keeping the accounts and contracts from its Ban Thanh tra nhân dân (CF-812d,
    # Law Art. 78.3, 81.1.d)
    "quy_che_dnnn_ban_ttnd_khong_cung_cap_loi.txt": ("quy_che_doanh_nghiep", [("CF-812d", 8)]),
}


@pytest.fixture(scope="module")
def reports(store):
    return {name: check_file(SAMPLES / name, store, as_of=AS_OF) for name in EXPECTED}


def test_every_sample_file_is_in_the_table():
    assert sorted(p.name for p in SAMPLES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_gives_exactly_the_expected_findings(reports, name):
    doc_type, expected = EXPECTED[name]
    r = reports[name]
    assert r.document.type == doc_type
    got = sorted((f.rule, f.evidence.line) for f in r.findings)
    assert got == sorted(expected)


def test_every_rule_has_a_triggering_draft_and_a_clean_variant(reports):
    triggered = Counter(rule for _, exp in EXPECTED.values() for rule, _ in exp)
    # a clean variant's type with the variants its text gives it (an employer's owner: rules/doctypes.yaml ``owner``);
    # a sample of no type ("") is the rules' unknown type "?" (RC-97 governs only that)
    clean_types = {(t or "?", detect(build_input((SAMPLES / n).read_text(encoding="utf-8"))).variants)
                   for n, (t, exp) in EXPECTED.items() if not exp and n.endswith("_sach.txt")}
    for rule in catalogue():
        assert triggered[rule.id] >= 1, f"{rule.id} không có mẫu vi phạm"
        assert any(rule.applies(t, v) for t, v in clean_types), f"{rule.id} không có mẫu sạch cùng loại"


def test_clean_variants_contain_the_provisions_the_rules_read(reports):
    """A clean variant must be clean because it is right, not because it is silent."""
    sach = (SAMPLES / "quy_che_xa_sach.txt").read_text(encoding="utf-8")
    for words in ("ít nhất 02 ngày trước", "hai phần ba", "chậm nhất là 05 ngày làm việc",
                  "không ít hơn 30 ngày", "do Trưởng ban công tác Mặt trận ở thôn triệu tập",
                  "không đồng thời là cán bộ, công chức cấp xã", "không phải là người ứng cử"):
        assert words in sach
    hu = (SAMPLES / "huong_uoc_sach.txt").read_text(encoding="utf-8")
    assert "trên 50% tổng số đại diện hộ gia đình" in hu and "TRƯỞNG BAN CÔNG TÁC MẶT TRẬN" in hu


def test_findings_quote_the_law_and_point_at_the_text(reports):
    r = reports["quy_che_xa_loi.txt"]
    f = next(f for f in r.findings if f.rule == "CF-02")
    assert "01 ngày" in f.evidence.text and f.evidence.section.startswith("Điều 3")
    assert f.basis[0].label == "khoản 3 Điều 3 Nghị định 59/2023/NĐ-CP"
    assert "ít nhất 02 ngày trước khi tổ chức cuộc họp" in f.basis[0].quote
    rl = next(f for f in r.findings if f.rule == "RL-01")
    assert rl.severity == "cảnh báo" and "Lê Văn Hải" in rl.message
    assert "chữ ký" in rl.explanation and "giám sát" in rl.explanation
    assert any("Điều 3 Nghị định 59/2023/NĐ-CP" in b.label for b in rl.basis)


def test_conflicts_based_on_law_10_2022_say_its_2025_amendment_is_not_in_the_kb(reports):
    f = next(f for f in reports["quy_che_xa_loi.txt"].findings if f.rule == "CF-05")
    assert f.uncertain and any("97/2025/QH15" in n and "chưa có trong cơ sở dữ liệu" in n for n in f.notes)


def test_coverage_matrix_lists_items_by_section(reports):
    m = next(m for m in reports["nghi_quyet_bien_phap_loi.txt"].coverage if m.rule == "RC-01")
    rows = {r.item: r for r in m.rows}
    assert not rows["boi_duong"].covered and not rows["cong_nghe"].covered
    assert dict(rows["tuyen_truyen"].cells) == {"Điều 1": (23,)}
    assert "Điều 1" in m.sections and "Điều 2" in m.sections


def test_type_override_changes_the_rules_applied(store):
    r = check_file(SAMPLES / "huong_uoc_sach.txt", store, as_of=AS_OF, doc_type="nghi_quyet_bien_phap")
    assert r.document.type == "nghi_quyet_bien_phap" and r.document.type_detected == "huong_uoc"
    rules = {f.rule for f in r.findings}
    assert {"DC-03", "RC-01"} <= rules  # read as a resolution: no Căn cứ, measures missing
    assert not rules & {"RC-05", "RC-06", "CF-19"}  # hương ước rules no longer apply
    assert any("do người dùng chỉ định" in n for n in r.notes)
