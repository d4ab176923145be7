# -*- coding: utf-8 -*-
"""Writes tests/data/checker_dev_acts: 30 short documents, one act the law does not allow in each (s24-fa2 dev set)."""
import json, re
from pathlib import Path
OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "checker_dev_acts"
HDR = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
D = []
def doc(id, file, setting, shape, typ, as_of, text, e, m, note=""):
    D.append(dict(id=id, file=file, setting=setting, shape=shape, type=typ, as_of=as_of, text=HDR + text.strip("\n") + "\n", e=e, m=m, note=note))

L59, L61, LAW = "59/2023/NĐ-CP", "61/2023/NĐ-CP", "10/2022/QH15"
Q = {
 "59-3-1c": (L59, 3, 1, "Decree 59/2023 Art. 3.1.c: \"Trưởng Ban công tác Mặt trận ở thôn, tổ dân phố triệu tập và chủ trì cuộc họp của cộng đồng dân cư để cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố\""),
 "59-3-1b": (L59, 3, 1, "Decree 59/2023 Art. 3.1.b: \"Tổ bầu cử (do Chủ tịch Ủy ban nhân dân cấp xã quyết định thành lập) triệu tập và chủ trì cuộc họp của cộng đồng dân cư để bầu Trưởng thôn, Tổ trưởng tổ dân phố\""),
 "59-3-1a": (L59, 3, 1, "Decree 59/2023 Art. 3.1.a: \"Trưởng thôn, Tổ trưởng tổ dân phố triệu tập và chủ trì tổ chức cuộc họp của cộng đồng dân cư để Nhân dân bàn và quyết định những nội dung được quy định tại khoản 1, 2, 3, 5 và 6 Điều 15\""),
 "law-51-1": (LAW, 51, 1, "Law 10/2022 Art. 51.1: \"Hội nghị cán bộ, công chức, viên chức, người lao động do người đứng đầu cơ quan, đơn vị chủ trì, phối hợp với Công đoàn cơ quan, đơn vị tổ chức\""),
 "law-41-1": (LAW, 41, 1, "Law 10/2022 Art. 41.1: \"Ban Giám sát đầu tư của cộng đồng được Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã quyết định thành lập theo từng chương trình, dự án\""),
 "law-18-4": (LAW, 18, 4, "Law 10/2022 Art. 18.4.d: \"Trường hợp bỏ phiếu kín thì cuộc họp bầu ra Ban kiểm phiếu để thực hiện việc tổ chức bỏ phiếu kín\""),
 "61-5-4": (L61, 5, 4, "Decree 61/2023 Art. 5.4: a hương ước may hold \"Các biện pháp thưởng, phạt phù hợp để bảo đảm thực hiện hương ước, quy ước nhưng không thay thế các biện pháp xử lý theo quy định của pháp luật\"; a fine in money is an administrative sanction only a competent authority imposes (Art. 4.1: \"Phù hợp với ... pháp luật của Nhà nước\")"),
 "law-60-1": (LAW, 60, 1, "Law 10/2022 Art. 60.1: \"Ban Thanh tra nhân dân ở cơ quan, đơn vị do hội nghị cán bộ, công chức, viên chức, người lao động bầu gồm từ 03 đến 09 thành viên theo đề nghị của Ban Chấp hành Công đoàn cơ quan, đơn vị\""),
 "59-13-2": (L59, 13, 2, "Decree 59/2023 Art. 13.2: \"Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã quyết định số lượng cụ thể thành viên Ban Thanh tra nhân dân ở xã, phường, thị trấn\""),
 "law-15-1": (LAW, 15, 1, "Law 10/2022 Art. 15.1: \"Chủ trương và mức đóng góp xây dựng cơ sở hạ tầng, các công trình công cộng ... do Nhân dân đóng góp toàn bộ hoặc một phần kinh phí\" is a content \"Nhân dân bàn và quyết định\"; the Trưởng thôn only proposes it (Art. 16.2)"),
 "59-21-1": (L59, 21, 1, "Decree 59/2023 Art. 21.1: \"Chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc hội nghị ... bầu thành viên Ban Thanh tra nhân dân, Ban Chấp hành Công đoàn cơ quan, đơn vị công nhận kết quả bầu thành viên Ban Thanh tra nhân dân\""),
 "law-17-2": (LAW, 17, 2, "Law 10/2022 Art. 17.2: \"Việc bàn, quyết định các nội dung quy định tại các khoản 3, 4 và 5 Điều 15 của Luật này phải được thực hiện tại cuộc họp của cộng đồng dân cư ... Hình thức biểu quyết trực tuyến chỉ áp dụng trong trường hợp cộng đồng dân cư quyết định các công việc quy định tại khoản 6 Điều 15\""),
 "59-9-3": (L59, 9, 3, "Decree 59/2023 Art. 9.3: \"Trường hợp cuộc họp không thống nhất được việc cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố thì Ủy ban nhân dân cấp xã xem xét, quyết định sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã\""),
 "61-10-2": (L61, 10, 2, "Decree 61/2023 Art. 10.2.a: a hương ước is put to the households by ballot papers \"Chỉ lấy ý kiến sau khi cuộc họp của cộng đồng dân cư không thể thực hiện được do không đạt tỷ lệ quy định\"; no online vote is a form of adopting it (Art. 10; Law Art. 17.2)"),
 "law-50-2": (LAW, 50, 2, "Law 10/2022 Art. 50.2: when the hội nghị cannot be held or lacks its quorum twice \"người đứng đầu cơ quan, đơn vị sau khi đã thống nhất với Ban Chấp hành Công đoàn cơ quan, đơn vị quyết định tổ chức gửi phiếu lấy ý kiến\""),
 "law-18-1": (LAW, 18, 1, "Law 10/2022 Art. 18.1: \"Trường hợp khuyết Trưởng thôn, Tổ trưởng tổ dân phố thì Chủ tịch Ủy ban nhân dân cấp xã chỉ định đại diện Ban công tác Mặt trận ở thôn, tổ dân phố hoặc triệu tập viên là công dân có uy tín cư trú tại thôn, tổ dân phố đó để triệu tập và tổ chức cuộc họp\""),
 "61-11-1": (L61, 11, 1, "Decree 61/2023 Art. 11.1: \"Ủy ban nhân dân cấp xã có thẩm quyền công nhận hương ước, quy ước\""),
 "law-77-1": (LAW, 77, 1, "Law 10/2022 Art. 77.1: \"Ban Thanh tra nhân dân ở doanh nghiệp nhà nước do hội nghị người lao động bầu gồm từ 03 đến 09 thành viên theo đề nghị của Ban Chấp hành Công đoàn ở doanh nghiệp\""),
 "law-60-3": (LAW, 60, 3, "Law 10/2022 Art. 60.3: a member who no longer has the trust \"thì Ban Chấp hành Công đoàn cơ quan, đơn vị đề nghị hội nghị cán bộ, công chức, viên chức, người lao động quyết định cho thôi làm nhiệm vụ và bầu người khác thay thế\""),
 "59-6-1": (L59, 6, 1, "Decree 59/2023 Art. 6.1.b: the Chủ tịch Ủy ban nhân dân cấp xã \"Ban hành quyết định thành lập Tổ bầu cử chậm nhất 10 ngày trước ngày tổ chức cuộc họp ... sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã\""),
 "law-68-1": (LAW, 68, 1, "Law 10/2022 Art. 67.2 and 68.1: \"Việc lập các loại quỹ và thu, chi, quản lý, sử dụng các khoản từ thu nhập, đóng góp của người lao động\" is decided by the workers \"tại hội nghị người lao động\""),
 "law-36-1": (LAW, 36, 1, "Law 10/2022 Art. 36.1: \"Ban Thanh tra nhân dân ở xã, phường, thị trấn gồm các thành viên được bầu từ các thôn, tổ dân phố trên địa bàn cấp xã\" (Decree 59 Art. 13.1: \"được bầu tại cuộc họp của cộng đồng dân cư\")"),
 "law-49": (LAW, 49, 2, "Law 10/2022 Art. 49.2 and 50.1: \"Việc thu, chi, quản lý, sử dụng các khoản đóng góp của cán bộ, công chức, viên chức, người lao động tại cơ quan, đơn vị ngoài các khoản đã được pháp luật quy định\" is decided by the staff \"tại hội nghị cán bộ, công chức, viên chức, người lao động\""),
 "law-50-1": (LAW, 50, 1, "Law 10/2022 Art. 49.1 and 50.1: the staff elect the Ban Thanh tra nhân dân \"tại hội nghị cán bộ, công chức, viên chức, người lao động\"; ballot papers only when the hội nghị cannot be held (Art. 50.2)"),
}
def E(contains, key):
    d, a, c, why = Q[key]
    return dict(kind="conflict", severity="lỗi", contains=contains, basis_doc=d, basis_article=a, basis_clause=c, why=why)

# ---------------- minutes ----------------
doc("da-01", "da-01-bien-ban-hop-thon-cho-thoi-truong-thon.txt", "village", "minutes", None, "2024-10-06", """
THÔN ĐỒNG SẬY - XÃ PHÚ NGẠN
Phú Ngạn, ngày 06 tháng 10 năm 2024

BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN ĐỒNG SẬY
Về việc cho thôi làm Trưởng thôn

Thời gian: 19 giờ 30, ngày 06/10/2024; địa điểm: Nhà văn hóa thôn Đồng Sậy.
Tổng số hộ trong thôn: 142 hộ; đại diện hộ có mặt: 118 hộ.
Ông Hà Văn Lợi, Trưởng thôn, khai mạc và điều hành cuộc họp xét cho thôi làm Trưởng thôn theo đơn xin thôi của chính ông.
Thư ký: bà Lê Thị Mận, được cuộc họp biểu quyết cử (118/118 đại diện hộ có mặt giơ tay đồng ý).
Cuộc họp thảo luận đơn xin thôi vì lý do sức khỏe; biểu quyết bằng giơ tay: 101/142 hộ tán thành.
Việc bầu Trưởng thôn mới do Tổ bầu cử triệu tập và chủ trì sau khi có quyết định của Ủy ban nhân dân xã.

THƯ KÝ                                  TRƯỞNG THÔN
Lê Thị Mận                              Hà Văn Lợi
""", E("khai mạc và điều hành cuộc họp xét cho thôi làm Trưởng thôn", "59-3-1c"),
 [("Việc bầu Trưởng thôn mới do Tổ bầu cử triệu tập và chủ trì", "Decree 59 Art. 3.1.b: the Tổ bầu cử convenes and chairs the meeting that elects the Trưởng thôn (twin of da-02)."),
  ("được cuộc họp biểu quyết cử (118/118", "Decree 59 Art. 3.5.a: the secretary is chosen by the meeting's vote.")])

doc("da-02", "da-02-bien-ban-hop-bau-truong-thon-na-lai.txt", "village", "minutes", None, "2024-11-10", """
THÔN NÀ LÁI - XÃ KHAU VÈ
Khau Vè, ngày 10 tháng 11 năm 2024

BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ BẦU TRƯỞNG THÔN NÀ LÁI
Nhiệm kỳ 2024 - 2029

Hồi 08 giờ ngày 10/11/2024, tại nhà văn hóa thôn Nà Lái.
Số hộ gia đình trong thôn: 96 hộ; đại diện hộ gia đình có mặt: 81 hộ.
Ông Nông Văn Tâm, Chủ tịch Ủy ban nhân dân xã, tuyên bố lý do và chủ trì cuộc họp bầu Trưởng thôn; bà Hoàng Thị Lụa, Trưởng ban công tác Mặt trận thôn, giới thiệu người ứng cử.
Cuộc họp bầu Ban kiểm phiếu gồm 03 người: ông Lương Văn Khởi, bà Triệu Thị Hoa, ông Mã Văn Sinh.
Kết quả: ông Vi Văn Thuận được 70/96 phiếu tán thành, đạt 72,9% tổng số hộ.
Biên bản gửi Ủy ban nhân dân xã để xem xét, quyết định công nhận người trúng cử.

THƯ KÝ                                  CHỦ TRÌ
""", E("Chủ tịch Ủy ban nhân dân xã, tuyên bố lý do và chủ trì cuộc họp bầu Trưởng thôn", "59-3-1b"),
 [("Cuộc họp bầu Ban kiểm phiếu gồm 03 người", "Law Art. 18.4.d: the meeting elects the Ban kiểm phiếu (twin of da-05)."),
  ("để xem xét, quyết định công nhận người trúng cử", "Decree 59 Art. 8: the UBND xã recognises the person elected.")])

doc("da-03", "da-03-bien-ban-hoi-nghi-vien-chuc-truong-tieu-hoc.txt", "workplace", "minutes", None, "2024-10-18", """
TRƯỜNG TIỂU HỌC XUÂN ÁNG
Số: 12/BB-THXA                          Xuân Áng, ngày 18 tháng 10 năm 2024

BIÊN BẢN HỘI NGHỊ VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM HỌC 2024 - 2025

Thời gian: 14 giờ 00 ngày 18/10/2024, tại phòng hội đồng nhà trường.
Tổng số viên chức, người lao động: 34 người; có mặt: 31 người.
Bà Đinh Thị Yến, Chủ tịch Công đoàn cơ sở, chủ trì và điều hành hội nghị; ông Phạm Văn Khoa, Hiệu trưởng, dự và báo cáo kết quả năm học.
Thư ký hội nghị: bà Lò Thị Hằng.
Hội nghị bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026 gồm 03 thành viên theo đề nghị của Ban Chấp hành Công đoàn trường.
Nghị quyết hội nghị được thông qua với 29/31 người dự tán thành.

THƯ KÝ                                  CHỦ TRÌ HỘI NGHỊ
""", E("Chủ tịch Công đoàn cơ sở, chủ trì và điều hành hội nghị", "law-51-1"),
 [("Hội nghị bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026 gồm 03 thành viên", "Law Art. 60.1: the hội nghị elects 03 to 09 members on the union's proposal (twin of da-12, da-24).")])

doc("da-04", "da-04-bien-ban-hop-ubnd-xa-cong-trinh-kenh.txt", "commune", "minutes", None, "2024-09-20", """
ỦY BAN NHÂN DÂN XÃ PHÚ NGẠN
Số: 41/BB-UBND                          Phú Ngạn, ngày 20 tháng 9 năm 2024

BIÊN BẢN HỌP THÀNH VIÊN ỦY BAN NHÂN DÂN XÃ
Về triển khai công trình kênh mương nội đồng thôn Đồng Sậy

Chủ trì: ông Trần Đức Thịnh, Chủ tịch Ủy ban nhân dân xã. Thư ký: bà Vũ Thị Thơm, công chức Văn phòng - Thống kê.
Sau khi nghe các ý kiến, ông Chủ tịch kết luận: thành lập Ban Giám sát đầu tư của cộng đồng công trình kênh mương nội đồng gồm 05 thành viên, giao công chức Tài chính - Kế toán theo dõi.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền để Nhân dân tham gia giám sát.
Cuộc họp kết thúc lúc 11 giờ cùng ngày.

THƯ KÝ                                  CHỦ TRÌ
""", E("thành lập Ban Giám sát đầu tư của cộng đồng công trình kênh mương nội đồng", "law-41-1"),
 [("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền", "A request to the Front to inform the people: no act reserved by law.")])

doc("da-05", "da-05-bien-ban-hop-thon-bau-ban-thanh-tra.txt", "village", "minutes", None, "2024-12-01", """
THÔN BẾN LỘI - XÃ HÒA MỸ
Hòa Mỹ, ngày 01 tháng 12 năm 2024

BIÊN BẢN CUỘC HỌP CỘNG ĐỒNG DÂN CƯ THÔN BẾN LỘI
Về bầu thành viên Ban Thanh tra nhân dân xã Hòa Mỹ ở thôn Bến Lội

Chủ trì: ông Đỗ Văn Kiên, Trưởng thôn. Thư ký: bà Phan Thị Nụ, được cuộc họp giơ tay biểu quyết cử.
Số hộ trong thôn: 120 hộ; đại diện hộ có mặt: 97 hộ. Cuộc họp thống nhất bầu bằng hình thức bỏ phiếu kín.
Ông Trưởng thôn chỉ định Ban kiểm phiếu gồm 03 người: ông Lý Văn Ba, bà Hồ Thị Tư, ông Cao Văn Năm.
Kết quả kiểm phiếu: bà Mai Thị Huệ được 88/97 phiếu bầu.
Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn việc bầu theo quy định.

THƯ KÝ                                  CHỦ TRÌ
""", E("Ông Trưởng thôn chỉ định Ban kiểm phiếu gồm 03 người", "law-18-4"),
 [("Chủ trì: ông Đỗ Văn Kiên, Trưởng thôn", "Decree 59 Art. 3.1.a: the Trưởng thôn convenes and chairs the meeting that elects members of the Ban Thanh tra nhân dân (Art. 15.5) (twin of da-11)."),
  ("Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn việc bầu", "Decree 59 Art. 13.1: the Front guides the election.")])

# ---------------- list ----------------
doc("da-06", "da-06-huong-uoc-thon-go-me-xu-ly.txt", "village", "list", "huong_uoc", "2024-09-12", """
THÔN GÒ MÈ - XÃ TÂN DƯƠNG

HƯƠNG ƯỚC THÔN GÒ MÈ
(Trích Chương IV)

Điều 15. Giữ gìn vệ sinh môi trường
Hộ gia đình không đổ rác, xác động vật ra kênh mương, đường làng.
Điều 16. Xử lý vi phạm
Hộ gia đình vi phạm Điều 15 thì Ban điều hành thôn áp dụng các hình thức sau:
a) Nhắc nhở, góp ý tại cuộc họp thôn;
b) Phạt tiền từ 200.000 đồng đến 500.000 đồng nộp vào quỹ thôn;
c) Không xét danh hiệu Gia đình văn hóa trong năm.
Hành vi vi phạm pháp luật thì báo cáo cơ quan có thẩm quyền xử lý theo quy định của pháp luật.
""", E("b) Phạt tiền từ 200.000 đồng đến 500.000 đồng nộp vào quỹ thôn", "61-5-4"),
 [("Hành vi vi phạm pháp luật thì báo cáo cơ quan có thẩm quyền xử lý", "Decree 61 Art. 5.4: the hương ước does not replace the legal sanction; it refers the breach to the authority."),
  ("c) Không xét danh hiệu Gia đình văn hóa trong năm", "A community measure (Decree 61 Art. 5.4 \"biện pháp thưởng, phạt phù hợp\"), not a fine.")])

doc("da-07", "da-07-quy-che-dan-chu-trung-tam-y-te.txt", "workplace", "list", "quy_che_co_quan", "2024-10-02", """
SỞ Y TẾ TỈNH SƠN NGUYÊN
TRUNG TÂM KIỂM SOÁT BỆNH TẬT

QUY CHẾ THỰC HIỆN DÂN CHỦ TẠI TRUNG TÂM
(Ban hành kèm theo Quyết định số 88/QĐ-KSBT ngày 02/10/2024)

Điều 9. Trách nhiệm của Giám đốc Trung tâm
Giám đốc Trung tâm có trách nhiệm:
1. Chủ trì, phối hợp với Công đoàn Trung tâm tổ chức hội nghị viên chức, người lao động hằng năm;
2. Chỉ định các thành viên Ban Thanh tra nhân dân của Trung tâm;
3. Công khai dự toán, quyết toán ngân sách theo quy định.
Điều 10. Ban Thanh tra nhân dân
Ban Chấp hành Công đoàn Trung tâm công nhận kết quả bầu thành viên Ban Thanh tra nhân dân chậm nhất 05 ngày làm việc sau hội nghị.
""", E("2. Chỉ định các thành viên Ban Thanh tra nhân dân của Trung tâm", "law-60-1"),
 [("1. Chủ trì, phối hợp với Công đoàn Trung tâm tổ chức hội nghị", "Law Art. 51.1: the head chairs the hội nghị (twin of da-03, da-29)."),
  ("Ban Chấp hành Công đoàn Trung tâm công nhận kết quả bầu", "Decree 59 Art. 21.1 (twin of da-13).")])

doc("da-08", "da-08-quyet-dinh-quy-che-phoi-hop-xa-thanh-tra.txt", "commune", "list", "quy_che_xa", "2024-11-05", """
ỦY BAN NHÂN DÂN XÃ KHAU VÈ
Số: 77/QĐ-UBND                          Khau Vè, ngày 05 tháng 11 năm 2024

QUY CHẾ THỰC HIỆN DÂN CHỦ Ở XÃ KHAU VÈ
(Trích Điều 14)

Điều 14. Trách nhiệm của Chủ tịch Ủy ban nhân dân xã
Chủ tịch Ủy ban nhân dân xã có nhiệm vụ:
- Chỉ đạo công khai thông tin theo Điều 11 Luật Thực hiện dân chủ ở cơ sở;
- Quyết định số lượng thành viên Ban Thanh tra nhân dân xã và số lượng Phó Trưởng ban;
- Bảo đảm kinh phí hoạt động của Ban Thanh tra nhân dân xã.
Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định thành lập Ban Giám sát đầu tư của cộng đồng theo từng công trình.
""", E("- Quyết định số lượng thành viên Ban Thanh tra nhân dân xã", "59-13-2"),
 [("Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định thành lập Ban Giám sát đầu tư", "Law Art. 41.1 (twin of da-04, da-17, da-27)."),
  ("- Bảo đảm kinh phí hoạt động của Ban Thanh tra nhân dân xã", "Law Art. 40: the UBND xã ensures the Ban's funding.")])

doc("da-09", "da-09-thong-bao-thon-khe-tron-dong-gop.txt", "village", "list", None, "2024-09-25", """
THÔN KHE TRÒN - XÃ TÂN DƯƠNG
Số: 05/TB-KT                            Tân Dương, ngày 25 tháng 9 năm 2024

THÔNG BÁO
Về việc xây dựng nhà văn hóa thôn Khe Tròn

Trưởng thôn, sau khi thống nhất với Ban công tác Mặt trận thôn, quyết định các việc sau:
- Mức đóng góp xây dựng nhà văn hóa thôn là 800.000 đồng/hộ;
- Thời hạn nộp trước ngày 31/12/2024;
- Giao Ban công tác Mặt trận thôn vận động con em xa quê ủng hộ.
Hộ nghèo được miễn đóng góp.
""", E("- Mức đóng góp xây dựng nhà văn hóa thôn là 800.000 đồng/hộ", "law-15-1"),
 [("- Giao Ban công tác Mặt trận thôn vận động con em xa quê ủng hộ", "Calling for voluntary support is no act reserved by law.")])

# ---------------- label ----------------
doc("da-10", "da-10-ke-hoach-xa-bau-truong-thon.txt", "commune", "label", "ke_hoach", "2024-10-14", """
ỦY BAN NHÂN DÂN XÃ HÒA MỸ
Số: 95/KH-UBND                          Hòa Mỹ, ngày 14 tháng 10 năm 2024

KẾ HOẠCH
Tổ chức bầu Trưởng thôn Bến Lội nhiệm kỳ 2024 - 2029

1. Thời gian bầu cử: 08 giờ ngày 10/11/2024, tại nhà văn hóa thôn Bến Lội.
2. Người triệu tập và chủ trì cuộc họp bầu Trưởng thôn: ông Đặng Văn Tường, Phó Chủ tịch Ủy ban nhân dân xã.
3. Chủ tịch Ủy ban nhân dân xã ban hành quyết định thành lập Tổ bầu cử chậm nhất ngày 31/10/2024, sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam xã.
4. Ủy ban nhân dân xã xem xét, quyết định công nhận người trúng cử trong thời hạn 05 ngày làm việc.
""", E("Người triệu tập và chủ trì cuộc họp bầu Trưởng thôn: ông Đặng Văn Tường", "59-3-1b"),
 [("Chủ tịch Ủy ban nhân dân xã ban hành quyết định thành lập Tổ bầu cử", "Decree 59 Art. 6.1.b (twin of da-19)."),
  ("Ủy ban nhân dân xã xem xét, quyết định công nhận người trúng cử", "Decree 59 Art. 8.")])

doc("da-11", "da-11-thong-bao-hop-bau-ban-thanh-tra-to-dan-pho.txt", "commune", "label", None, "2024-11-20", """
ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN
TỔ DÂN PHỐ SỐ 7
Bắc Sơn, ngày 20 tháng 11 năm 2024

THÔNG BÁO CUỘC HỌP CỘNG ĐỒNG DÂN CƯ
Nội dung: bầu thành viên Ban Thanh tra nhân dân phường ở tổ dân phố số 7.
Thời gian: 19 giờ 30 ngày 24/11/2024. Địa điểm: nhà sinh hoạt cộng đồng tổ dân phố số 7.
Chủ trì: bà Lưu Thị Hạnh, Phó Chủ tịch Ủy ban nhân dân phường.
Thành phần: Tổ trưởng, Ban công tác Mặt trận tổ dân phố, đại diện các hộ gia đình.
""", E("Chủ trì: bà Lưu Thị Hạnh, Phó Chủ tịch Ủy ban nhân dân phường", "59-3-1a"),
 [("Thành phần: Tổ trưởng, Ban công tác Mặt trận tổ dân phố, đại diện các hộ gia đình", "Law Art. 18.1, second paragraph.")])

doc("da-12", "da-12-to-trinh-cong-nhan-ban-thanh-tra-trung-tam.txt", "workplace", "label", None, "2024-10-21", """
TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP TỈNH SƠN NGUYÊN
Số: 31/TTr-CĐ                           Sơn Nguyên, ngày 21 tháng 10 năm 2024

TỜ TRÌNH
Về kết quả bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026

Hội nghị viên chức, người lao động ngày 18/10/2024 đã bầu 05 thành viên Ban Thanh tra nhân dân theo đề nghị của Ban Chấp hành Công đoàn.
Người ký quyết định công nhận kết quả bầu: Giám đốc Trung tâm.
Thời hạn: chậm nhất 05 ngày làm việc kể từ ngày kết thúc hội nghị.
""", E("Người ký quyết định công nhận kết quả bầu: Giám đốc Trung tâm", "59-21-1"),
 [("đã bầu 05 thành viên Ban Thanh tra nhân dân theo đề nghị của Ban Chấp hành Công đoàn", "Law Art. 60.1 (twin of da-07, da-24).")])

doc("da-13", "da-13-ke-hoach-thon-thong-qua-huong-uoc-truc-tuyen.txt", "village", "label", "ke_hoach", "2024-09-02", """
THÔN BÃI CHÂU - XÃ HÒA MỸ
Số: 03/KH-BC                            Hòa Mỹ, ngày 02 tháng 9 năm 2024

KẾ HOẠCH
Thông qua hương ước sửa đổi thôn Bãi Châu

1. Dự thảo hương ước được niêm yết tại nhà văn hóa thôn và gửi đến từng hộ từ ngày 05/9/2024.
2. Hình thức thông qua: biểu quyết trực tuyến qua nhóm Zalo của thôn từ ngày 20/9 đến ngày 25/9/2024.
3. Trưởng thôn gửi hồ sơ đề nghị công nhận đến Ủy ban nhân dân xã chậm nhất 05 ngày làm việc sau khi thông qua.
""", E("Hình thức thông qua: biểu quyết trực tuyến qua nhóm Zalo", "law-17-2"),
 [("Trưởng thôn gửi hồ sơ đề nghị công nhận đến Ủy ban nhân dân xã", "Decree 61 Art. 11.3.a.")])

# ---------------- conditional ----------------
doc("da-14", "da-14-huong-dan-xa-cho-thoi-truong-thon.txt", "commune", "conditional", None, "2024-09-30", """
ỦY BAN NHÂN DÂN XÃ TÂN DƯƠNG
Số: 22/HD-UBND                          Tân Dương, ngày 30 tháng 9 năm 2024

HƯỚNG DẪN
Quy trình cho thôi làm Trưởng thôn

1. Trưởng ban công tác Mặt trận thôn triệu tập và chủ trì cuộc họp của cộng đồng dân cư để cho thôi làm Trưởng thôn.
2. Trường hợp cuộc họp không thống nhất được việc cho thôi làm Trưởng thôn thì Trưởng ban công tác Mặt trận thôn quyết định.
3. Ủy ban nhân dân xã ra quyết định công nhận kết quả trong thời hạn 05 ngày làm việc.
""", E("thì Trưởng ban công tác Mặt trận thôn quyết định", "59-9-3"),
 [("1. Trưởng ban công tác Mặt trận thôn triệu tập và chủ trì cuộc họp", "Decree 59 Art. 3.1.c (twin of da-01, da-21, da-30)."),
  ("3. Ủy ban nhân dân xã ra quyết định công nhận kết quả", "Decree 59 Art. 9.3.")])

doc("da-15", "da-15-huong-uoc-thon-thong-qua-phieu.txt", "village", "conditional", "huong_uoc", "2024-08-28", """
THÔN NGỌC ĐỘNG - XÃ KHAU VÈ

HƯƠNG ƯỚC THÔN NGỌC ĐỘNG
(Trích Chương V - Điều khoản thi hành)

Điều 30. Thông qua, sửa đổi hương ước
1. Hương ước được thông qua tại cuộc họp của cộng đồng dân cư khi có trên 50% tổng số đại diện hộ gia đình tán thành.
2. Trường hợp cuộc họp không đủ đại diện của trên 50% tổng số hộ tham dự thì Trưởng thôn tổ chức biểu quyết trực tuyến trên ứng dụng của thôn.
3. Việc sửa đổi, bổ sung hương ước thực hiện theo trình tự như khi thông qua.
""", E("thì Trưởng thôn tổ chức biểu quyết trực tuyến", "61-10-2"),
 [("1. Hương ước được thông qua tại cuộc họp của cộng đồng dân cư khi có trên 50%", "Decree 61 Art. 10 (twin of da-13).")])

doc("da-16", "da-16-quy-che-dan-chu-so-tai-nguyen.txt", "workplace", "conditional", "quy_che_co_quan", "2024-11-12", """
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH SƠN NGUYÊN
Số: 145/QĐ-SNNMT                        Sơn Nguyên, ngày 12 tháng 11 năm 2024

QUY CHẾ THỰC HIỆN DÂN CHỦ TẠI SỞ
(Trích Điều 12)

Điều 12. Hội nghị cán bộ, công chức, viên chức, người lao động
1. Hội nghị do Giám đốc Sở chủ trì, phối hợp với Công đoàn cơ quan tổ chức.
2. Trường hợp hội nghị đã được triệu tập đến lần thứ hai nhưng vẫn không đủ hai phần ba số người tham dự thì Chủ tịch Công đoàn cơ quan quyết định tổ chức gửi phiếu lấy ý kiến toàn thể cán bộ, công chức, viên chức, người lao động.
3. Nghị quyết hội nghị được thông qua khi có trên 50% tổng số người dự hội nghị tán thành.
""", E("thì Chủ tịch Công đoàn cơ quan quyết định tổ chức gửi phiếu lấy ý kiến", "law-50-2"),
 [("1. Hội nghị do Giám đốc Sở chủ trì, phối hợp với Công đoàn cơ quan tổ chức.", "Law Art. 51.1 (twin of da-03, da-29).")])

doc("da-17", "da-17-ke-hoach-xa-duong-giao-thong-khuyet-truong-thon.txt", "commune", "conditional", "ke_hoach", "2024-10-08", """
ỦY BAN NHÂN DÂN XÃ PHÚ NGẠN
Số: 102/KH-UBND                         Phú Ngạn, ngày 08 tháng 10 năm 2024

KẾ HOẠCH
Lấy ý kiến Nhân dân về mức đóng góp làm đường giao thông thôn Cây Thị

1. Trưởng thôn Cây Thị triệu tập và chủ trì cuộc họp của cộng đồng dân cư để Nhân dân bàn và quyết định mức đóng góp.
2. Trường hợp khuyết Trưởng thôn thì Chủ tịch Ủy ban nhân dân xã trực tiếp triệu tập và chủ trì cuộc họp của cộng đồng dân cư thôn Cây Thị.
3. Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định thành lập Ban Giám sát đầu tư của cộng đồng công trình.
""", E("thì Chủ tịch Ủy ban nhân dân xã trực tiếp triệu tập và chủ trì cuộc họp", "law-18-1"),
 [("1. Trưởng thôn Cây Thị triệu tập và chủ trì cuộc họp của cộng đồng dân cư", "Decree 59 Art. 3.1.a (twin of da-11)."),
  ("3. Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định thành lập Ban Giám sát", "Law Art. 41.1 (twin of da-04, da-27).")])

# ---------------- passive ----------------
doc("da-18", "da-18-bao-cao-xa-huong-uoc.txt", "commune", "passive", "bao_cao", "2024-12-10", """
ỦY BAN NHÂN DÂN XÃ TÂN DƯƠNG
Số: 188/BC-UBND                         Tân Dương, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả xây dựng, thực hiện hương ước, quy ước năm 2024

1. Thôn Gò Mè đã thông qua hương ước sửa đổi tại cuộc họp ngày 12/9/2024 với 131/160 hộ tán thành.
2. Quyết định công nhận hương ước thôn Gò Mè được Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã ký ban hành ngày 20/9/2024.
3. Công chức Văn hóa - Xã hội chủ trì, phối hợp với công chức Tư pháp - Hộ tịch tham mưu thẩm định hồ sơ.
""", E("được Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã ký ban hành", "61-11-1"),
 [("3. Công chức Văn hóa - Xã hội chủ trì, phối hợp với công chức Tư pháp - Hộ tịch", "Decree 61 Art. 11.3.b.")])

doc("da-19", "da-19-thong-bao-thon-to-bau-cu.txt", "village", "passive", None, "2024-10-25", """
THÔN CÂY THỊ - XÃ PHÚ NGẠN
Số: 07/TB-CT                            Phú Ngạn, ngày 25 tháng 10 năm 2024

THÔNG BÁO
Về công tác bầu Trưởng thôn Cây Thị nhiệm kỳ 2024 - 2029

Tổ bầu cử gồm 05 người, được Trưởng ban công tác Mặt trận thôn quyết định thành lập ngày 24/10/2024.
Tổ trưởng Tổ bầu cử: bà Đào Thị Nhung, đại diện Ban công tác Mặt trận thôn.
Cuộc họp bầu Trưởng thôn tổ chức lúc 08 giờ ngày 10/11/2024 tại nhà văn hóa thôn.
""", E("được Trưởng ban công tác Mặt trận thôn quyết định thành lập", "59-6-1"),
 [("Tổ trưởng Tổ bầu cử: bà Đào Thị Nhung, đại diện Ban công tác Mặt trận thôn", "Decree 59 Art. 6.1.b: a representative of the Ban công tác Mặt trận leads the Tổ bầu cử.")])

doc("da-20", "da-20-bao-cao-cong-ty-ban-thanh-tra.txt", "workplace", "passive", "bao_cao", "2024-12-16", """
CÔNG TY TNHH MỘT THÀNH VIÊN THỦY LỢI SƠN NGUYÊN
Số: 64/BC-CT                            Sơn Nguyên, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện dân chủ tại Công ty năm 2024

1. Hội nghị người lao động tổ chức ngày 15/3/2024 do ban lãnh đạo Công ty và Ban Chấp hành Công đoàn Công ty phối hợp tổ chức.
2. Ban Thanh tra nhân dân Công ty gồm 05 thành viên, được Tổng Giám đốc chỉ định tại Quyết định số 19/QĐ-CT ngày 20/3/2024.
3. Công ty công khai quỹ phúc lợi, khen thưởng theo quý.
""", E("được Tổng Giám đốc chỉ định tại Quyết định số 19/QĐ-CT", "law-77-1"),
 [("do ban lãnh đạo Công ty và Ban Chấp hành Công đoàn Công ty phối hợp tổ chức", "Law Art. 69.1.")])

doc("da-21", "da-21-bao-cao-truong-thcs-ban-thanh-tra.txt", "workplace", "passive", "bao_cao", "2024-12-05", """
TRƯỜNG TRUNG HỌC CƠ SỞ NGỌC ĐỘNG
Số: 40/BC-THCS                          Khau Vè, ngày 05 tháng 12 năm 2024

BÁO CÁO
Hoạt động của Ban Thanh tra nhân dân năm 2024

1. Ban Thanh tra nhân dân nhà trường có 03 thành viên do hội nghị viên chức bầu ngày 20/10/2023.
2. Tháng 6/2024, bà Hà Thị Liên, Ủy viên, bị Hiệu trưởng cho thôi làm nhiệm vụ vì không hoàn thành nhiệm vụ.
3. Ban đã giám sát việc công khai các khoản thu đầu năm học.
""", E("bị Hiệu trưởng cho thôi làm nhiệm vụ", "law-60-3"),
 [("có 03 thành viên do hội nghị viên chức bầu ngày 20/10/2023", "Law Art. 60.1.")])

doc("da-22", "da-22-bao-cao-ban-gsdtcd-xa-hoa-my.txt", "commune", "passive", "bao_cao", "2024-11-28", """
ỦY BAN NHÂN DÂN XÃ HÒA MỸ
Số: 171/BC-UBND                         Hòa Mỹ, ngày 28 tháng 11 năm 2024

BÁO CÁO
Tình hình giám sát đầu tư của cộng đồng năm 2024

1. Ban Giám sát đầu tư của cộng đồng công trình trường mẫu giáo thôn Bãi Châu được Ủy ban nhân dân xã quyết định thành lập ngày 15/4/2024, gồm 05 thành viên.
2. Ban đã tổ chức 04 đợt giám sát; các kiến nghị được chủ đầu tư tiếp thu.
3. Trưởng thôn Bãi Châu đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn bầu bổ sung 01 thành viên.
""", E("được Ủy ban nhân dân xã quyết định thành lập ngày 15/4/2024", "law-41-1"),
 [("đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn bầu bổ sung 01 thành viên", "Decree 59 Art. 17.1.")])

# ---------------- split ----------------
doc("da-23", "da-23-thong-bao-thon-ban-ma-cho-thoi.txt", "village", "split", None, "2024-10-03", """
THÔN BẢN MẠ - XÃ KHAU VÈ
Số: 04/TB-BM                            Khau Vè, ngày 03 tháng 10 năm 2024

THÔNG BÁO
Về cuộc họp cộng đồng dân cư thôn Bản Mạ

Ông Lò Văn Thắng là Trưởng thôn Bản Mạ. Theo đề nghị của 52% số hộ trong thôn, ông có trách nhiệm triệu tập và chủ trì cuộc họp cộng đồng dân cư để xem xét cho thôi làm Trưởng thôn vào ngày 12/10/2024.
Thành phần: Ban công tác Mặt trận thôn, đại diện các hộ gia đình.
Chủ tịch Ủy ban nhân dân xã phân công công chức dự cuộc họp.
""", E("ông có trách nhiệm triệu tập và chủ trì cuộc họp cộng đồng dân cư để xem xét cho thôi làm Trưởng thôn", "59-3-1c"),
 [("Chủ tịch Ủy ban nhân dân xã phân công công chức dự cuộc họp.", "Attending the meeting is no reserved act.")])

doc("da-24", "da-24-quy-che-cong-ty-quy-tuong-tro.txt", "workplace", "split", "quy_che_doanh_nghiep", "2024-09-16", """
CÔNG TY TNHH MỘT THÀNH VIÊN MÔI TRƯỜNG ĐÔ THỊ SƠN NGUYÊN
Số: 52/QĐ-CT                            Sơn Nguyên, ngày 16 tháng 9 năm 2024

QUY CHẾ THỰC HIỆN DÂN CHỦ TẠI CÔNG TY
(Trích Điều 8, Điều 9)

Điều 8. Quỹ tương trợ
Giám đốc Công ty là người đại diện có thẩm quyền của doanh nghiệp. Sau khi nghe ý kiến các phòng, ban, Giám đốc quyết định mức trích nộp quỹ tương trợ từ tiền lương của người lao động.
Điều 9. Ban Thanh tra nhân dân
Ban Thanh tra nhân dân Công ty do hội nghị người lao động bầu, gồm 05 thành viên theo đề nghị của Ban Chấp hành Công đoàn Công ty.
""", E("Giám đốc quyết định mức trích nộp quỹ tương trợ từ tiền lương của người lao động", "law-68-1"),
 [("do hội nghị người lao động bầu, gồm 05 thành viên theo đề nghị của Ban Chấp hành Công đoàn", "Law Art. 77.1 (twin of da-20).")])

doc("da-25", "da-25-quyet-dinh-xa-ban-thanh-tra.txt", "commune", "split", None, "2024-12-12", """
ỦY BAN NHÂN DÂN XÃ KHAU VÈ
Số: 301/QĐ-UBND                         Khau Vè, ngày 12 tháng 12 năm 2024

QUYẾT ĐỊNH
Về việc kiện toàn Ban Thanh tra nhân dân xã Khau Vè

Căn cứ đề nghị của công chức Văn hóa - Xã hội, Chủ tịch Ủy ban nhân dân xã
chỉ định 07 ông, bà có tên sau làm thành viên Ban Thanh tra nhân dân xã nhiệm kỳ 2024 - 2029:
1. Bà Lương Thị Hoa, thôn Nà Lái; 2. Ông Vi Văn Đức, thôn Ngọc Động; 3. Ông Nông Văn Bảy, thôn Bản Mạ (và 04 người khác).
Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định số lượng Phó Trưởng ban.
""", E("chỉ định 07 ông, bà có tên sau làm thành viên Ban Thanh tra nhân dân xã", "law-36-1"),
 [("Ủy ban Mặt trận Tổ quốc Việt Nam xã quyết định số lượng Phó Trưởng ban.", "Decree 59 Art. 13.3 (twin of da-08).")])

doc("da-26", "da-26-bien-ban-ban-dieu-hanh-thon-huong-uoc.txt", "village", "split", None, "2024-08-20", """
THÔN ĐỒNG SẬY - XÃ PHÚ NGẠN
Phú Ngạn, ngày 20 tháng 8 năm 2024

BIÊN BẢN HỌP BAN ĐIỀU HÀNH THÔN ĐỒNG SẬY
Về thông qua hương ước sửa đổi

Về việc thông qua hương ước sửa đổi, Ban điều hành thôn đã thống nhất; hình thức: gửi phiếu lấy ý kiến đến từng hộ gia đình, không tổ chức cuộc họp của cộng đồng dân cư.
Hương ước sửa đổi không quy định hình thức phạt tiền; hành vi vi phạm pháp luật do cơ quan có thẩm quyền xử lý.
Trưởng thôn gửi hồ sơ đề nghị Ủy ban nhân dân xã công nhận hương ước.
""", E("gửi phiếu lấy ý kiến đến từng hộ gia đình, không tổ chức cuộc họp", "61-10-2"),
 [("Hương ước sửa đổi không quy định hình thức phạt tiền", "The fine ruled out (twin of da-06).")])

# ---------------- table ----------------
doc("da-27", "da-27-ke-hoach-xa-giam-sat-cong-trinh.txt", "commune", "table", "ke_hoach", "2024-09-09", """
ỦY BAN NHÂN DÂN XÃ TÂN DƯƠNG
Số: 87/KH-UBND                          Tân Dương, ngày 09 tháng 9 năm 2024

KẾ HOẠCH
Triển khai công trình nhà văn hóa thôn Khe Tròn

| TT | Việc | Người thực hiện | Thời gian |
| 1 | Tổ chức cuộc họp cộng đồng dân cư bàn mức đóng góp | Trưởng thôn Khe Tròn | 15/9/2024 |
| 2 | Quyết định thành lập Ban Giám sát đầu tư của cộng đồng | Chủ tịch Ủy ban nhân dân xã | 30/9/2024 |
| 3 | Công khai dự toán công trình | Ủy ban nhân dân xã | 05/10/2024 |
""", E("| 2 | Quyết định thành lập Ban Giám sát đầu tư của cộng đồng | Chủ tịch Ủy ban nhân dân xã |", "law-41-1"),
 [("| 1 | Tổ chức cuộc họp cộng đồng dân cư bàn mức đóng góp | Trưởng thôn Khe Tròn |", "Decree 59 Art. 3.1.a (twin of da-09, da-17).")])

doc("da-28", "da-28-quy-che-co-quan-bang-tham-quyen.txt", "workplace", "table", "quy_che_co_quan", "2024-10-28", """
BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH SƠN NGUYÊN
Số: 66/QĐ-BQL                           Sơn Nguyên, ngày 28 tháng 10 năm 2024

QUY CHẾ THỰC HIỆN DÂN CHỦ TẠI BAN QUẢN LÝ DỰ ÁN
(Trích Phụ lục: phân định thẩm quyền)

| Nội dung | Người quyết định |
| Mức đóng góp quỹ phúc lợi của công chức, viên chức, người lao động ngoài các khoản pháp luật quy định | Giám đốc Ban |
| Thời gian tổ chức hội nghị định kỳ hằng năm | Giám đốc Ban, sau khi lấy ý kiến Công đoàn |
""", E("| Mức đóng góp quỹ phúc lợi của công chức, viên chức, người lao động", "law-49"),
 [("| Thời gian tổ chức hội nghị định kỳ hằng năm | Giám đốc Ban, sau khi lấy ý kiến Công đoàn |", "Law Art. 51.1: the head decides when to hold the yearly hội nghị after consulting the union.")])

doc("da-29", "da-29-ke-hoach-benh-vien-hoi-nghi.txt", "workplace", "table", "ke_hoach", "2024-11-25", """
BỆNH VIỆN ĐA KHOA KHU VỰC BẮC SƠN
Số: 120/KH-BV                           Bắc Sơn, ngày 25 tháng 11 năm 2024

KẾ HOẠCH
Tổ chức hội nghị viên chức, người lao động năm 2025

| TT | Nội dung | Người chủ trì | Thời gian |
| 1 | Hội nghị viên chức, người lao động năm 2025 | Chủ tịch Công đoàn Bệnh viện | 15/01/2025 |
| 2 | Hội nghị khoa, phòng | Trưởng khoa, phòng | 05/01/2025 |
Hình thức bầu Ban Thanh tra nhân dân: bỏ phiếu kín tại hội nghị viên chức, người lao động.
""", E("| 1 | Hội nghị viên chức, người lao động năm 2025 | Chủ tịch Công đoàn Bệnh viện |", "law-51-1"),
 [("Hình thức bầu Ban Thanh tra nhân dân: bỏ phiếu kín tại hội nghị", "Law Art. 50.1 (twin of da-30).")])

doc("da-30", "da-30-ke-hoach-thon-hinh-thuc-bieu-quyet.txt", "village", "table", "ke_hoach", "2024-09-18", """
THÔN NGỌC ĐỘNG - XÃ KHAU VÈ
Số: 06/KH-NĐ                            Khau Vè, ngày 18 tháng 9 năm 2024

KẾ HOẠCH
Các việc cộng đồng dân cư bàn và quyết định quý IV năm 2024

| Nội dung | Hình thức biểu quyết |
| Sửa chữa cổng làng, mức đóng góp 300.000 đồng/hộ | Cuộc họp cộng đồng dân cư |
| Bầu Trưởng thôn nhiệm kỳ 2024 - 2029 | Phát phiếu lấy ý kiến từng hộ gia đình |
| Lịch dọn vệ sinh đường làng | Biểu quyết trực tuyến trên nhóm Zalo của thôn |
Cuộc họp cho thôi làm Trưởng thôn (nếu có) do Trưởng ban công tác Mặt trận thôn triệu tập và chủ trì.
""", E("| Bầu Trưởng thôn nhiệm kỳ 2024 - 2029 | Phát phiếu lấy ý kiến từng hộ gia đình |", "law-17-2"),
 [("| Lịch dọn vệ sinh đường làng | Biểu quyết trực tuyến trên nhóm Zalo của thôn |", "Law Art. 17.2, second paragraph: an online vote may decide a khoản 6 matter (other self-managed work)."),
  ("do Trưởng ban công tác Mặt trận thôn triệu tập và chủ trì", "Decree 59 Art. 3.1.c (twin of da-01, da-23).")])

def line_of(lines, s):
    hits = [i + 1 for i, l in enumerate(lines) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

cases = []
for d in D:
    (OUT / d["file"]).write_text(d["text"], encoding="utf-8")
    lines = d["text"].split("\n")
    n = len(d["text"].rstrip("\n").split("\n"))
    assert 6 <= n <= 24, (d["id"], n)
    e = dict(d["e"]); e["line"] = line_of(lines, e["contains"])
    e = {k: e[k] for k in ("kind", "severity", "line", "contains", "basis_doc", "basis_article", "basis_clause", "why")}
    m = [dict(line=line_of(lines, c), contains=c, why=w) for c, w in d["m"]]
    for x in [e] + m:
        assert not re.search(r"\s{2,}", x["contains"]), x
    cases.append(dict(id=d["id"], file=d["file"], as_of=d["as_of"], type=d["type"], clean=False,
                      as_of_reason="Dated document, checked on its own date (2024: Law 10/2022, Decrees 59/2023 and 61/2023 in force).",
                      note=f"shape: {d['shape']}; setting: {d['setting']}; one act the law does not allow, written from the law alone (s24-fa2 dev set).",
                      expect=[e], must_not_flag=m))
note = ("checker_dev_acts: s24-fa2's DEV set for forbidden acts (who convenes / chairs / decides / sets up / recognises / "
        "signs, a content or a mode the law rules out), 30 short documents written from Law 10/2022/QH15 and Decrees "
        "59/2023/NĐ-CP, 61/2023/NĐ-CP alone before the checker was run on them; one act in each, in seven sentence shapes "
        "(minutes, list, label, conditional, passive, split, table), each with a lawful twin in another document as "
        "must_not_flag. A studied dev set: the blind sets measure transfer.")
(OUT / "expected.json").write_text(json.dumps({"note": note, "cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
rows = "\n".join(f"| `{d['file']}` | {d['shape']} | {d['setting']} | {d['e'][0] if isinstance(d['e'], tuple) else d['e']['basis_doc']} Art. {d['e']['basis_article']} |" for d in D)
(OUT / "README.md").write_text(f"""# checker_dev_acts — forbidden acts by sentence shape (s24-fa2 dev set)

{note}

Invented places (tỉnh Sơn Nguyên; xã Phú Ngạn, Tân Dương, Khau Vè, Hòa Mỹ; phường Bắc Sơn) and people. Each case is
checked on its own date (2024). Schema: `shared/corpus/review/README.md`; every case `note` starts `shape: X; `.

| file | shape | setting | basis |
|---|---|---|---|
{rows}
""", encoding="utf-8")
from collections import Counter
print(len(D), Counter(d["shape"] for d in D), Counter(d["setting"] for d in D))
