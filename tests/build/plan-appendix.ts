/** The 2022 appendix as the seed document prints it, for the build and browser tests of the plan page. */
/** The appendix of the seed document (Phụ lục): code, title, budget in millions as printed (undefined: empty cell). */
export const APPENDIX: [code: string, title: string, budget: string | undefined][] = [
  ['I', 'Công tác tuyên truyền, phổ biến, hướng dẫn về hoạt động đo lường', '49'],
  ['I.1', 'Tuyên truyền, phổ biến các quy định của pháp luật về đo lường, các nội dung liên quan của Đề án 996', '10'],
  ['I.2', 'Tổ chức hội nghị về đo lường', '39'],
  ['II', 'Triển khai thực hiện các nhiệm vụ Đề án', undefined],
  ['II.1', 'Tăng cường phát triển hạ tầng đo lường của tỉnh', undefined],
  ['II.1.1', 'Đầu tư chuẩn đo lường, phương tiện đo', '1.158'],
  ['II.1.1.1', 'Bộ chuẩn kiểm định phương tiện đo nồng độ các khí', '466'],
  ['II.1.1.2', 'Bộ thiết bị kiểm định baromet', '396'],
  ['II.1.1.3', 'Bộ thiết bị hiệu chuẩn máy phóng hình', '296'],
  ['II.2', 'Đào tạo về đo lường', '60'],
  ['II.2.a', 'Đào tạo kiểm định viên sử dụng chuẩn đo lường, phương tiện đo', '20'],
  ['II.2.b', 'Đào tạo, bồi dưỡng nâng cao chuyên môn, nghiệp vụ về đo lường cho công chức', '40'],
  ['II.3', 'Nâng cao hiệu quả công tác quản lý nhà nước về đo lường', '540'],
  ['II.3.a', 'Đầu tư trang thiết bị phục vụ công tác kiểm tra nhà nước về đo lường', '300'],
  ['II.3.b', 'Tăng cường công tác phối hợp với các sở, ngành, UBND các huyện, thành phố', '20'],
  ['II.3.c', 'Hỗ trợ kiểm định cân thông dụng tại các chợ trên địa bàn tỉnh', '220'],
  ['II.4', 'Triển khai công tác hỗ trợ doanh nghiệp đảm bảo chất lượng sản phẩm, hàng hoá', '170'],
  ['II.4.a', 'Khảo sát, đánh giá và lựa chọn doanh nghiệp triển khai áp dụng Chương trình đảm bảo đo lường', '20'],
  ['II.4.b', 'Hỗ trợ doanh nghiệp triển khai xây dựng, áp dụng chương trình đảm bảo đo lường', '150'],
];
