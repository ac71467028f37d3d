/**
 * The plan's clauses (docs/plan.md): the 37 clause ids in reading order and, for each, the clause's
 * Vietnamese text verbatim from the source and a plain English rendering of it.
 *
 * "Verbatim" means: each run of white space in the source that contains a line
 * break becomes one space; the clause is trimmed; its list marker ("a)", "-", "2.", "4.") is
 * dropped; inline labels that are part of the sentence ("Tập thể:", "Văn phòng Sở:", "Đề nghị các
 * tổ chức đoàn thể:") are kept; Unicode NFC; otherwise identical (spaces inside a line and "...."
 * kept). The test `test/plan/clauses.test.ts` re-derives every `vi` from
 * `source/ke-hoach-thi-dua-vi-nguoi-ngheo-2021-2025.txt`.
 *
 * @module
 */
import { deepFreeze } from '../core/freeze.js';

/**
 * The ids of the plan's 37 clauses, in reading order. Ids follow the plan's own numbering (roman
 * section, arabic item, letter); bullets the plan leaves unnumbered get `.1`, `.2`, … in reading
 * order. III.2.b is the whole individual criterion sentence and III.2.b.1–III.2.b.3 are its three
 * parts (the library's reading, docs/interpretations.md reading 4).
 *
 * @example
 * ```ts
 * import { CLAUSE_IDS } from 'thi-dua-vi-nguoi-ngheo';
 * CLAUSE_IDS.length; //=> 37
 * CLAUSE_IDS.includes('III.3.a'); //=> true
 * ```
 */
export const CLAUSE_IDS = /* @__PURE__ */ Object.freeze([
  'I.1.1',
  'I.1.2',
  'I.1.3',
  'I.2.1',
  'I.2.2',
  'I.2.3',
  'II.1.a',
  'II.1.b',
  'II.1.c',
  'II.1.d',
  'II.2.a',
  'II.2.b',
  'II.2.c',
  'II.2.d',
  'III.1.1',
  'III.1.2',
  'III.2.a.1',
  'III.2.a.2',
  'III.2.a.3',
  'III.2.b',
  'III.2.b.1',
  'III.2.b.2',
  'III.2.b.3',
  'III.3.a',
  'III.3.b',
  'III.3.c',
  'III.4',
  'III.5.1',
  'III.5.2',
  'III.5.3',
  'III.5.4',
  'IV.1.1',
  'IV.1.2',
  'IV.2',
  'IV.3.1',
  'IV.3.2',
  'IV.4',
] as const);

/**
 * The id of one of the plan's clauses, e.g. `'III.3.a'` (Labour Order and Prime Minister's
 * certificate of merit). Every rule in the library cites the id of the clause it encodes.
 *
 * @example
 * ```ts
 * import type { ClauseId } from 'thi-dua-vi-nguoi-ngheo';
 * const cites: ClauseId = 'III.3.a';
 * ```
 */
export type ClauseId = (typeof CLAUSE_IDS)[number];

/**
 * One clause of the plan: its id, its Vietnamese text verbatim from the source (`vi`) and a
 * faithful English rendering of that text (`en`). Both are single-line, trimmed and NFC.
 *
 * @example
 * ```ts
 * import type { Clause } from 'thi-dua-vi-nguoi-ngheo';
 * const clause: Clause = {
 *   id: 'III.2.b.3',
 *   vi: 'hoàn thành xuất sắc nhiệm vụ được giao',
 *   en: 'complete the assigned tasks excellently',
 * };
 * ```
 */
export interface Clause {
  /** The clause id (docs/plan.md numbering). */
  readonly id: ClauseId;
  /** The Vietnamese text, verbatim from the source as this module defines it. */
  readonly vi: string;
  /** A faithful, plain English rendering of `vi` (not a summary). */
  readonly en: string;
}

/**
 * The plan's 37 clauses, one per id, in the order of {@link CLAUSE_IDS}. Headings are not clauses,
 * nor are the sub-headings "a) Đối với tập thể" and "b) Đối với cá nhân:" (so III.2.b begins "Nỗ
 * lực công tác"). III.2.b.1–III.2.b.3 are the exact fragments of III.2.b, without the separating
 * punctuation and the final full stop. Not frozen here: the caller deep-freezes.
 *
 * @example
 * ```ts
 * import { CLAUSES } from 'thi-dua-vi-nguoi-ngheo';
 * CLAUSES.find((c) => c.id === 'III.3.a')?.vi;
 * //=> 'Huân chương Lao động và Bằng khen của Thủ tướng Chính phủ: thực hiện vào dịp sơ kết, tổng kết phong trào thi đua.'
 * ```
 */
export const CLAUSES: readonly Clause[] = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'I.1.1',
      vi: 'Đẩy mạnh công tác tuyên truyền, phổ biến, quán triệt các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước về giảm nghèo bền vững, giải quyết việc làm, nhằm nâng cao nhận thức, tạo khí thế thi đua sôi nổi trong toàn cơ quan góp phần thực hiện thắng lợi chính sách, chương trình giảm nghèo của Đảng, Nhà nước và của Tỉnh.',
      en: 'Step up the work of propagating, disseminating and thoroughly instilling the guidelines and lines of the Party and the policies and laws of the State on sustainable poverty reduction and job creation, in order to raise awareness and create a lively spirit of emulation throughout the agency, contributing to the successful implementation of the poverty-reduction policies and programmes of the Party, the State and the Province.',
    },
    {
      id: 'I.1.2',
      vi: 'Cụ thể hóa việc triển khai các nội dung phong trào thi đua; đẩy mạnh, nâng cao chất lượng phong trào thi đua; tổ chức phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” thiết thực, hiệu quả.',
      en: 'Make concrete the implementation of the contents of the emulation movement; step up and raise the quality of the emulation movement; organise the emulation movement “For the poor - No one left behind” in a practical and effective way.',
    },
    {
      id: 'I.1.3',
      vi: 'Tạo sự chuyển biến mạnh mẽ về nhận thức và hành động, ý thức, tinh thần trách nhiệm của công chức, viên chức, người lao động với công tác giảm nghèo bền vững; xác định công tác giảm nghèo góp phần quan trọng tạo động lực cho phát triển bền vững.',
      en: 'Bring about a strong change in the awareness and action, the consciousness and the sense of responsibility of civil servants, public employees and workers towards sustainable poverty reduction; recognise that poverty reduction makes an important contribution to creating momentum for sustainable development.',
    },
    {
      id: 'I.2.1',
      vi: 'Phong trào thi đua được triển khai sâu rộng, thu hút cán bộ, đảng viên, công chức, viên chức, người lao động cơ quan tham gia với nội dung đa dạng, hình thức phong phú, thiết thực, phù hợp với điều kiện thực tế của cơ quan và từng đối tượng được thụ hưởng, phát huy được sáng tạo của công chức, viên chức, người lao động trong quá trình triển khai thực hiện.',
      en: "The emulation movement is carried out widely and in depth, drawing the agency's cadres, Party members, civil servants, public employees and workers to take part, with diverse contents and rich, practical forms suited to the actual conditions of the agency and of each beneficiary, bringing into play the creativity of civil servants, public employees and workers in the course of implementation.",
    },
    {
      id: 'I.2.2',
      vi: 'Việc thực hiện phong trào thi đua phải trở thành nhiệm vụ trọng tâm, thường xuyên trong phong trào thi đua của cơ quan, đơn vị.',
      en: 'Carrying out the emulation movement must become a central and regular task in the emulation movements of the agency and its units.',
    },
    {
      id: 'I.2.3',
      vi: 'Kịp thời phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến, những sáng kiến, kinh nghiệm hay, mô hình, cách làm sáng tạo trong thực hiện chính sách, chương trình giảm nghèo; biểu dương, tôn vinh, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong thực hiện phong trào thi đua.',
      en: 'Promptly detect, foster and replicate advanced examples, initiatives, good experiences, models and creative ways of working in carrying out poverty-reduction policies and programmes; praise, honour and reward collectives and individuals with exemplary and outstanding achievements in carrying out the emulation movement.',
    },
    {
      id: 'II.1.a',
      vi: 'Tuyên truyền, vận động công chức, viên chức, người lao động trong ngành và các tầng lớp Nhân dân tham gia công tác giảm nghèo bền vững và an sinh xã hội; tiếp tục triển khai Cuộc vận động “Vì người nghèo” nhân tháng cao điểm “Vì người nghèo” hằng năm; Vận động công chức, viên chức, lao động tích cực tham gia hưởng ứng các đợt phát động, đóng góp các nguồn lực để thực hiện chương trình mục tiêu quốc gia giảm nghèo bền vững.',
      en: 'Propagate among and mobilise the civil servants, public employees and workers of the sector and all strata of the People to take part in sustainable poverty reduction and social security; continue to carry out the “For the poor” campaign on the occasion of the annual “For the poor” peak month; Mobilise civil servants, public employees and workers to take an active part in responding to the launched drives and to contribute resources to carry out the national target programme for sustainable poverty reduction.',
    },
    {
      id: 'II.1.b',
      vi: 'Tổ chức triển khai thực hiện phong trào thi đua đạt hiệu quả, thiết thực gắn với thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, Phong trào “Xây dựng nông thôn mới” và Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; thi đua hoàn thành kế hoạch, nhiệm vụ được giao hằng năm; Đẩy mạnh thực hiện chính sách phát triển kinh tế - xã hội vùng đặc biệt khó khăn.',
      en: 'Organise and carry out the emulation movement effectively and practically, linked with carrying out the movement “All people unite to build a cultural life”, the movement “Building new rural areas” and the campaign “All people unite to build new rural areas and civilised urban areas”; emulate to complete the plans and tasks assigned each year; Step up the implementation of the socio-economic development policy for areas of special difficulty.',
    },
    {
      id: 'II.1.c',
      vi: 'Thi đua đoàn kết giúp nhau giảm nghèo và từng bước làm giàu; Phát huy sáng tạo, đề xuất các hình thức, giải pháp hỗ trợ người nghèo tham gia lao động, phát triển sản xuất, giúp đỡ hộ nghèo, địa bàn đặc biệt khó khăn cùng thoát nghèo.',
      en: 'Emulate in solidarity, helping each other to reduce poverty and step by step to become prosperous; Bring creativity into play and propose forms and solutions that support the poor to work and develop production, helping poor households and areas of special difficulty to escape poverty together.',
    },
    {
      id: 'II.1.d',
      vi: 'Tùy theo tình hình thực tế và đặc thù công việc, đề xuất các hình thức vận động giúp đỡ hộ nghèo; phối hợp với các sở, ban, ngành xây dựng các biện pháp khuyến khích doanh nghiệp và hợp tác xã liên kết trong sản xuất, kinh doanh, tiêu thụ sản phẩm, phát triển đa dạng các mô hình sản xuất có sự tham gia của các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo; hỗ trợ phát triển các mô hình sản xuất kinh doanh phù hợp với người nghèo, nhất là ở vùng đặc biệt khó khăn, biên giới.',
      en: 'Depending on the actual situation and the particular nature of the work, propose forms of mobilisation to help poor households; coordinate with the departments, boards and sectors to devise measures that encourage enterprises and cooperatives to link up in production, business and the sale of products, and to develop diverse production models in which poor, near-poor and newly-escaped households take part; support the development of production and business models suited to the poor, especially in areas of special difficulty and border areas.',
    },
    {
      id: 'II.2.a',
      vi: 'Tăng cường sự lãnh đạo, chỉ đạo của Đảng ủy, lãnh đạo Sở GTVT, nâng cao vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo tổ chức thực hiện phong trào thi đua, tổ chức sơ kết, tổng kết và khen thưởng các tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong phong trào thi đua.',
      en: 'Strengthen the leadership and direction of the Party Committee and the leaders of the Department of Transport, raise the role and responsibility of heads in leading and directing the implementation of the emulation movement, and hold preliminary and final reviews and reward the collectives and individuals with exemplary and outstanding achievements in the emulation movement.',
    },
    {
      id: 'II.2.b',
      vi: 'Đẩy mạnh công tác quán triệt, tuyên truyền các chủ trương, chính sách của Đảng và Nhà nước về công tác giảm nghèo bền vững, kết hợp đẩy mạnh tuyên truyền sâu rộng tư tưởng Hồ Chí Minh về thi đua yêu nước nhằm làm chuyển biến mạnh mẽ trong nhận thức và hành động của cán bộ, đảng viên và Nhân dân về công tác giảm nghèo.',
      en: "Step up the work of instilling and propagating the guidelines and policies of the Party and the State on sustainable poverty reduction, combined with stepping up the wide and deep propagation of Hồ Chí Minh's thought on patriotic emulation, in order to bring about a strong change in the awareness and action of cadres, Party members and the People regarding poverty reduction.",
    },
    {
      id: 'II.2.c',
      vi: 'Thường xuyên cập nhật đầy đủ các văn bản chỉ đạo và các thông tin hoạt động vì người nghèo lên Cổng thông tin điện tử và Website Sở GTVT; Tích cực sưu tầm, viết tin bài biểu dương, nhân rộng các điển hình tiên tiến, tuyên truyền mô hình mới, cách làm hay, tập thể, cá nhân tiêu biểu, xuất sắc trong thực hiện phong trào thi đua trên địa bàn tỉnh....nhằm tiếp tục nâng cao nhận thức cho đội ngũ công chức, viên chức, người lao động về những lợi ích, tác động sâu sắc, lâu dài của phong trào thi đua đối với người nghèo, hộ cận nghèo và cộng đồng xã hội.',
      en: 'Regularly and fully post the directive documents and news of activities for the poor on the Electronic Information Portal and the Website of the Department of Transport; Actively collect and write news items and articles that praise and spread advanced examples, and propagate new models, good practices, and exemplary and outstanding collectives and individuals in carrying out the emulation movement in the province...., in order to keep raising the awareness of civil servants, public employees and workers of the benefits and the deep and lasting impact of the emulation movement on the poor, near-poor households and the community.',
    },
    {
      id: 'II.2.d',
      vi: 'Các tổ chức đoàn thể, các phòng, ban, đơn vị căn cứ chức năng, nhiệm vụ được giao có các hoạt động cụ thể, thiết thực hiệu quả để thực hiện phong trào thi đua.',
      en: 'The mass organisations and the divisions, boards and units, on the basis of their assigned functions and tasks, carry out concrete, practical and effective activities to implement the emulation movement.',
    },
    {
      id: 'III.1.1',
      vi: 'Tập thể: Các phòng, ban, đơn vị có đóng góp vì mục tiêu giảm nghèo của tỉnh; hộ gia đình nghèo, hộ cận nghèo, hộ mới thoát nghèo.',
      en: "Collectives: The divisions, boards and units that have contributed to the province's poverty-reduction goal; poor households, near-poor households and households that have newly escaped poverty.",
    },
    {
      id: 'III.1.2',
      vi: 'Cá nhân: Công chức, viên chức, người lao động có đóng góp vì mục tiêu giảm nghèo của tỉnh.',
      en: "Individuals: Civil servants, public employees and workers who have contributed to the province's poverty-reduction goal.",
    },
    {
      id: 'III.2.a.1',
      vi: 'Đề ra các nội dung, giải pháp thiết thực để tổ chức triển khai thực hiện có hiệu quả mục tiêu, nhiệm vụ được giao, các chương trình, kế hoạch công tác giảm nghèo bền vững theo các văn bản chỉ đạo của cấp trên, góp phần hoàn thành mục tiêu giảm nghèo bền vững.',
      en: 'Set out practical contents and solutions to organise and carry out effectively the assigned targets and tasks and the programmes and plans for sustainable poverty reduction under the directive documents of superiors, contributing to achieving the goal of sustainable poverty reduction.',
    },
    {
      id: 'III.2.a.2',
      vi: 'Thực hiện, phối hợp thực hiện việc cung cấp số liệu, tổng hợp, báo cáo định kỳ, đột xuất theo yêu cầu của cơ quan quản lý cấp trên.',
      en: 'Carry out, or coordinate in carrying out, the supply of data, compilation, and periodic and ad-hoc reporting as required by the superior managing agency.',
    },
    {
      id: 'III.2.a.3',
      vi: 'Tích cực tham gia hưởng ứng các đợt phát động, các phong trào thi đua, tích cực huy động các nguồn lực trong xã hội để thực hiện các mục tiêu giảm nghèo bền vững. Tổ chức triển khai thực hiện phong trào thi đua đạt hiệu quả, thiết thực gắn với thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, Phong trào “Xây dựng nông thôn mới” và Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, hằng năm hoàn thành kế hoạch, nhiệm vụ được giao.',
      en: 'Take an active part in responding to the launched drives and the emulation movements, and actively mobilise resources in society to achieve the goals of sustainable poverty reduction. Organise and carry out the emulation movement effectively and practically, linked with carrying out the movement “All people unite to build a cultural life”, the movement “Building new rural areas” and the campaign “All people unite to build new rural areas and civilised urban areas”, and complete the assigned plans and tasks every year.',
    },
    {
      id: 'III.2.b',
      vi: 'Nỗ lực công tác, có sáng kiến trong việc xây dựng, tham mưu xây dựng ban hành cơ chế, chính sách, hướng dẫn thực hiện và tháo gỡ khó khăn trong thực hiện chương trình giảm nghèo; hoàn thành xuất sắc nhiệm vụ được giao.',
      en: 'Strive at work, have initiatives in building, or advising on building and issuing, mechanisms, policies and implementation guidance, and in removing difficulties in carrying out the poverty-reduction programme; complete the assigned tasks excellently.',
    },
    {
      id: 'III.2.b.1',
      vi: 'Nỗ lực công tác',
      en: 'Strive at work',
    },
    {
      id: 'III.2.b.2',
      vi: 'có sáng kiến trong việc xây dựng, tham mưu xây dựng ban hành cơ chế, chính sách, hướng dẫn thực hiện và tháo gỡ khó khăn trong thực hiện chương trình giảm nghèo',
      en: 'have initiatives in building, or advising on building and issuing, mechanisms, policies and implementation guidance, and in removing difficulties in carrying out the poverty-reduction programme',
    },
    {
      id: 'III.2.b.3',
      vi: 'hoàn thành xuất sắc nhiệm vụ được giao',
      en: 'complete the assigned tasks excellently',
    },
    {
      id: 'III.3.a',
      vi: 'Huân chương Lao động và Bằng khen của Thủ tướng Chính phủ: thực hiện vào dịp sơ kết, tổng kết phong trào thi đua.',
      en: 'Labour Order and Certificate of Merit of the Prime Minister: given at the preliminary and final reviews of the emulation movement.',
    },
    {
      id: 'III.3.b',
      vi: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: thực hiện hằng năm và vào dịp sơ kết, tổng kết phong trào thi đua.',
      en: "Certificate of Merit of the Chairman of the provincial People's Committee: given every year and at the preliminary and final reviews of the emulation movement.",
    },
    {
      id: 'III.3.c',
      vi: 'Giấy khen của Giám đốc Sở GTVT: thực hiện hằng năm và vào dịp sơ kết, tổng kết phong trào thi đua.',
      en: 'Certificate of Commendation of the Director of the Department of Transport: given every year and at the preliminary and final reviews of the emulation movement.',
    },
    {
      id: 'III.4',
      vi: 'Tiêu chuẩn: Thực hiện theo văn bản hướng dẫn hằng năm và vào dịp sơ kết, tổng kết phong trào thi đua của Sở Nội vụ (Ban Thi đua - Khen thưởng).',
      en: 'Standards: Follow the guidance documents issued every year and at the preliminary and final reviews of the emulation movement by the Department of Home Affairs (Emulation and Reward Board).',
    },
    {
      id: 'III.5.1',
      vi: 'Tháng 10 năm 2022: Xây dựng và ban hành kế hoạch và tổ chức thực hiện phong trào thi đua.',
      en: 'October 2022: Draw up and issue the plan and organise the implementation of the emulation movement.',
    },
    {
      id: 'III.5.2',
      vi: 'Năm 2023: Tổ chức sơ kết phong trào thi đua; thực hiện công tác khen thưởng và trình khen thưởng theo thẩm quyền.',
      en: 'Year 2023: Hold the preliminary review of the emulation movement; carry out the rewarding work and submit rewards for approval according to competence.',
    },
    {
      id: 'III.5.3',
      vi: 'Năm 2025: Tổ chức tổng kết phong trào thi đua; thực hiện công tác khen thưởng và trình khen thưởng theo thẩm quyền.',
      en: 'Year 2025: Hold the final review of the emulation movement; carry out the rewarding work and submit rewards for approval according to competence.',
    },
    {
      id: 'III.5.4',
      vi: 'Hằng năm, Hội đồng Thi đua khen thưởng Sở GTVT thường xuyên kiểm tra, giám sát tình hình triển khai, thực hiện phong trào thi đua.',
      en: 'Every year, the Emulation and Reward Council of the Department of Transport regularly inspects and supervises how the emulation movement is being deployed and carried out.',
    },
    {
      id: 'IV.1.1',
      vi: 'Nghiêm túc quán triệt, triển khai, phát động phong trào thi đua đến toàn thể công chức, viên chức, người lao động thuộc phòng, ban, đơn vị mình quản lý; tuyên truyền, phổ biến, vận động công chức, viên chức, người lao động cùng tích cực hưởng ứng, tham gia.',
      en: 'Seriously instil, deploy and launch the emulation movement to all the civil servants, public employees and workers of the division, board or unit under their management; propagate, disseminate and mobilise civil servants, public employees and workers to respond actively and take part together.',
    },
    {
      id: 'IV.1.2',
      vi: 'Trong năm, tiến hành họp tổng kết, đánh giá việc thực hiện kế hoạch phát động đợt thi đua, bình xét khen thưởng và đề nghị khen thưởng đối với các tập thể, cá nhân có đủ điều kiện, tiêu chuẩn theo quy định, hoàn chỉnh hồ sơ gửi về Hội đồng Thi đua - khen thưởng của Sở (qua Văn phòng Sở) để tổng hợp.',
      en: 'During the year, hold a review meeting, evaluate the implementation of the plan launching the emulation drive, consider and propose rewards for the collectives and individuals that meet the conditions and standards as prescribed, and complete the dossiers and send them to the Emulation and Reward Council of the Department (through the Department Office) for compilation.',
    },
    {
      id: 'IV.2',
      vi: 'Văn phòng Sở: Thực hiện tốt công tác thông tin tuyên truyền chủ trương của Đảng, Nhà nước về công tác giảm nghèo, kết quả công tác giảm nghèo của tỉnh, trọng tâm là các gương điển hình tiên tiến vươn lên thoát nghèo, các mô hình phát triển kinh tế; Thường xuyên đăng tải các văn bản chỉ đạo, tích cực sưu tầm và viết tin bài liên quan đến phong trào thi đua để nâng cao hiệu quả công tác tuyên truyền.',
      en: 'Department Office: Carry out well the information and propaganda work on the guidelines of the Party and the State on poverty reduction and on the results of poverty reduction in the province, focusing on advanced examples of rising out of poverty and on economic development models; Regularly post the directive documents, and actively collect and write news items and articles related to the emulation movement to raise the effectiveness of propaganda work.',
    },
    {
      id: 'IV.3.1',
      vi: 'Chủ trì hướng dẫn, đôn đốc các phòng, ban, đơn vị tổ chức triển khai thực hiện phong trào thi đua; tổng hợp danh sách đề nghị khen thưởng, tham mưu Giám đốc Sở khen thưởng theo thẩm quyền.',
      en: "Take the lead in guiding and urging the divisions, boards and units to organise and carry out the emulation movement; compile the list of reward proposals, and advise the Director of the Department on giving rewards within the Director's competence.",
    },
    {
      id: 'IV.3.2',
      vi: 'Tham mưu họp xét chọn tập thể và cá nhân tiêu biểu xuất sắc nhất của phong trào thi đua, có đủ điều kiện, tiêu chuẩn, hoàn chỉnh hồ sơ, thủ tục gửi về Hội đồng thi đua - khen thưởng tỉnh tổng hợp và đề nghị cấp có thẩm quyền khen thưởng theo quy định.',
      en: 'Advise on holding the meeting to select the most exemplary and outstanding collectives and individuals of the emulation movement that meet the conditions and standards, and complete the dossiers and procedures and send them to the provincial Emulation and Reward Council, which compiles them and proposes them to the competent authority for rewards as prescribed.',
    },
    {
      id: 'IV.4',
      vi: 'Đề nghị các tổ chức đoàn thể: Lồng ghép các nội dung phong trào thi đua vào chương trình, kế hoạch hoạt động của tổ chức, tích cực vận động đoàn viên hưởng ứng tham gia phong trào thi đua và tham gia đóng góp, ủng hộ quỹ Vì người  nghèo, tham  gia  các  hoạt động nhân đạo, từ thiện, hằng năm, tổ chức các hoạt động trao quà, thăm hỏi hộ nghèo, các em học sinh có hoàn cảnh khó khăn trên địa bàn tỉnh....',
      en: "Request to the mass organisations: Integrate the contents of the emulation movement into the organisation's programmes and action plans, actively mobilise members to respond to and take part in the emulation movement and to contribute to and support the Fund for the Poor, take part in humanitarian and charitable activities, and every year organise activities to give gifts to and visit poor households and pupils in difficult circumstances in the province....",
    },
  ]))();
