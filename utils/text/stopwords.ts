// Vietnamese stop-words for term weighting, as single syllables (Vietnamese words are written syllable by
// syllable, so "của", "các", "được" are the units a term counter sees). Function words, pronouns, copulas,
// common adverbs and the ever-present administrative filler of portal news ("thực hiện", "công tác",
// "tổ chức", "trên địa bàn") carry no topic of their own, so they are left out of the term weights.

const FUNCTION_WORDS = `
và với của các những một cho là thì mà nhưng hoặc hay nên vì do bởi để từ đến tới trong ngoài trên dưới
tại theo về như khi nếu tuy dù đã đang sẽ vẫn còn cũng đều chỉ rất quá lắm hơn nhất thêm lại ra vào lên
xuống qua sau trước này đó kia ấy nào gì ai đây đấy thế vậy được bị có không chưa chẳng phải cần nên
nhiều ít mỗi mọi cả toàn tất từng cùng giữa bên nơi lúc thời khi đều rồi vừa mới luôn ngay chính
ông bà anh chị em tôi chúng ta họ mình người nó hắn ngày tháng năm nay hôm số việc điều cái con sự
thực hiện công tác tổ chức địa bàn nhằm đồng thời bên cạnh trong đó cụ thể theo đó ngoài ra tuy nhiên
hiện đây vừa qua thời gian qua nhau là sao bao như vậy rằng thông tin cho biết
`;

export const STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(/\s+/).filter(Boolean));

export function isStopword(syllable: string): boolean {
  return STOPWORDS.has(syllable);
}
