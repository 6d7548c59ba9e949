// The user's own reports (origin 'user') stand out in every chart: a dashed dark outline on their
// shapes, in addition to the text marker the views add to their labels.
export const MINE_OUTLINE = { borderColor: '#1d4f91', borderWidth: 2, borderType: 'dashed' as const };
