// Brands, shops and publishers named after people, as customers write them: a name the masker
// would otherwise take for a customer's. Lower case, words separated by one space. One-word
// entries are brands that are nobody's given or family name (not Ferrari, Porsche, Dyson).
// Written for this package from general knowledge.
export const BRANDS_TEXT = `
jack wolfskin|tommy hilfiger|hugo boss|calvin klein|ralph lauren|marc o'polo|tom tailor|gerry weber|betty barclay
bruno banani|jil sander|karl lagerfeld|giorgio armani|emporio armani|louis vuitton|yves saint laurent
christian dior|estée lauder|michael kors|kate spade|tory burch|ted baker|paul smith|vivienne westwood
stella mccartney|max mara|anna sui|tom ford|marc jacobs|vera wang|oscar de la renta|john lewis|marks spencer
harper collins|harpercollins|herman miller|walter knoll|rolf benz|philippe starck|jacob's creek|jack daniel's
johnnie walker|jim beam|ben jerry|dr oetker|carl zeiss|ernst leitz|robert bosch|werner mertz|claus hipp
melitta|ritter sport|milka|lamborghini|mercedes benz|rolls royce
aston martin|alfa romeo|martha stewart|ralph lauren polo|fred perry|ben sherman|stan smith|adi dassler
laura ashley|cath kidston|jo malone|elizabeth arden|helena rubinstein|coco chanel|le creuset
kellogg's|hewlett packard|walt disney|schneider electric|dr martens|ikea|aldi|lidl
john deere|massey ferguson|harley davidson
`;
