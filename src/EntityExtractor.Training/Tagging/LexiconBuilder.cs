using EntityExtractor.Recognition;
using EntityExtractor.Training.Corpora;

namespace EntityExtractor.Training.Tagging;

/// <summary>Builds the lexicon of annotated names (type bits 1 person, 2 organization, 4 location, 8 miscellaneous) from labelled documents.</summary>
internal static class LexiconBuilder
{
    private const int MaxTokens = 8;

    public static Gazetteer Build(IEnumerable<LabeledDocument> documents)
    {
        var kinds = new Dictionary<uint, byte>();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            foreach (var (start, end, type) in SpanScore.Spans(sentence.Labels.ToArray()))
            {
                if (end - start > MaxTokens)
                {
                    continue;
                }

                uint key = Gazetteer.KeyOf(sentence.Words.Skip(start).Take(end - start).ToArray());
                kinds[key] = (byte)(kinds.GetValueOrDefault(key) | (1 << ((int)type - 1)));
            }
        }

        var keys = kinds.Keys.Order().ToArray();
        return new Gazetteer(keys, keys.Select(k => kinds[k]).ToArray(), MaxTokens);
    }
}
