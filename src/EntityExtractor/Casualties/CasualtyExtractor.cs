using System.Runtime.InteropServices;
using EntityExtractor.Casualties.Clauses;
using EntityExtractor.Casualties.Incidents;
using EntityExtractor.Sentences;
using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Finds the casualty figures a text reports and sums up the lead event. Immutable and thread-safe: build one
/// and share it. A sentence with no trigger word is skipped after one dictionary lookup a token, so a text that
/// reports no casualties costs one pass and allocates nothing.
/// </summary>
internal sealed class CasualtyExtractor
{
    private readonly IncidentModel? _incidents;

    /// <summary>An extractor whose lead-incident decisions come from <paramref name="incidents"/>, or from the rules alone when it is <see langword="null"/>.</summary>
    public CasualtyExtractor(IncidentModel? incidents)
    {
        _incidents = incidents;
    }

    /// <summary>The shared instance, with the embedded incident model.</summary>
    public static CasualtyExtractor Default { get; } = new(IncidentModel.Default);

    /// <summary>The rules alone, without the incident model.</summary>
    public static CasualtyExtractor RulesOnly { get; } = new(null);

    /// <summary>Reads the figures of <paramref name="text"/>, given its tokens and sentences.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, from <see cref="NewsTokenizer"/>.</param>
    /// <param name="sentences">Its sentences, from <see cref="SentenceSplitter"/>.</param>
    /// <returns>The figures in text order and the lead event's totals.</returns>
    public CasualtyReport Extract(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences) =>
        Extract(text, tokens, sentences, CasualtyContext.None);

    /// <summary>Reads the figures of <paramref name="text"/>, given its tokens, sentences, publication date and entities.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tokens">Its tokens, from <see cref="NewsTokenizer"/>.</param>
    /// <param name="sentences">Its sentences, from <see cref="SentenceSplitter"/>.</param>
    /// <param name="context">The publication date and recognized entities, when known.</param>
    /// <returns>The figures in text order and the lead event's totals.</returns>
    public CasualtyReport Extract(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, in CasualtyContext context)
    {
        List<RawFigure>? raw = ReadFigures(text, tokens, sentences, out bool severalIncidents);
        if (raw is null)
        {
            return CasualtyReport.Empty;
        }

        EntityVictims.Apply(text, tokens, context.Entities, raw);
        if (raw.Count == 0)
        {
            return CasualtyReport.Empty;
        }

        if (_incidents is not null && raw.Count <= IncidentChanges.MaxArticleFigures)
        {
            float[] rows = IncidentFeatures.Compute(text, tokens, sentences, context, raw);
            _incidents.Revise(text, tokens, rows, raw);
        }

        return Report(text, tokens, sentences, raw, severalIncidents);
    }

    /// <summary>
    /// The figures the clause reader finds, in text order without duplicates, each flagged background as the rules
    /// judge it; <see langword="null"/> when there is none. <paramref name="severalIncidents"/> tells whether the text
    /// says it reports several incidents (a round-up) or turns to another story.
    /// </summary>
    public static List<RawFigure>? ReadFigures(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, out bool severalIncidents)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        List<RawFigure>? raw = null;

        // A round-up ("three separate shootings left six people wounded") leads with its first incident: once that
        // incident has a figure, a sentence that goes on to another ("the second shooting", "about 2 a.m., three people
        // were hurt in a shooting") ends the lead event, and every later figure is background.
        bool roundUp = false;
        bool leadSeen = false;
        bool leadEnded = false;
        for (int s = 0; s < sentences.Count; s++)
        {
            Sentence sentence = sentences[s];
            int first = sentence.FirstToken;
            int end = Math.Min(sentence.EndToken, tokens.Length);
            int before = raw?.Count ?? 0;
            bool several = false;
            bool severalChecked = false;
            bool roundUpSentence = false;
            int leadEnd = first;
            if (raw is not null && !leadEnded)
            {
                several = BackgroundDetector.ReportsSeveralIncidents(text, tokens, first, end, out leadEnd, out roundUpSentence);
                severalChecked = true;
                roundUp |= several;
                leadEnded = leadSeen
                    && ((roundUp && BackgroundDetector.OpensAnotherIncident(text, tokens, first, end))
                        || BackgroundDetector.TurnsToAnotherStory(text, tokens, first, end));
            }

            TriggerScanner.Read(text, tokens, first, end, s, ref raw);
            bool found = raw is not null && raw.Count > before;
            if (found && !severalChecked && !leadSeen)
            {
                several = BackgroundDetector.ReportsSeveralIncidents(text, tokens, first, end, out leadEnd, out roundUpSentence);
                severalChecked = true;
            }

            // The round-up test was made with the several-incidents one whenever that ran (one reading of the sentence).
            bool wholeSentence = found
                && (leadEnded || (severalChecked ? roundUpSentence : BackgroundDetector.IsRoundUp(text, tokens, first, end))
                    || BackgroundDetector.OpensWithTimePhrase(text, tokens, first, end));
            if (found && (wholeSentence || several))
            {
                // Figures of a sentence that counts several incidents are their totals ("three shootings left six people
                // wounded"), except those before "one of four shootings", which tell of the lead incident.
                var all = CollectionsMarshal.AsSpan(raw);
                for (int k = before; k < all.Length; k++)
                {
                    all[k].IsBackground = wholeSentence || all[k].First >= leadEnd;
                }
            }
            else if (found && (BackgroundDetector.IsBackground(text, tokens, first, end) || BackgroundDetector.HasEarlyReport(text, tokens, first, end)))
            {
                // A time marker ("last month", "in 2019") makes the figures near it background, not the whole sentence:
                // "Four people were killed in the attack, which came a year after 30 were killed last year"; so does an
                // early report, since corrected, for the figures after it ("initially told us that three had died").
                var span = CollectionsMarshal.AsSpan(raw);
                for (int k = before; k < span.Length; k++)
                {
                    int from = Math.Max(first, span[k].First - BackgroundDetector.Reach);
                    int to = Math.Min(end, span[k].End + BackgroundDetector.Reach);
                    span[k].IsBackground = BackgroundDetector.IsBackground(text, tokens, from, to)
                        || BackgroundDetector.HasEarlyReport(text, tokens, from, span[k].First);
                }
            }

            if (raw is not null && !leadSeen)
            {
                roundUp |= several;
                for (int k = before; k < raw.Count; k++)
                {
                    leadSeen |= !raw[k].IsBackground && raw[k].Kind != CasualtyKind.Arrested;
                }
            }
        }

        severalIncidents = roundUp || leadEnded;
        if (raw is null || raw.Count == 0)
        {
            return null;
        }

        RemoveDuplicates(raw);
        CasualtySummarizer.Prepare(text, tokens, raw);
        return raw;
    }

    /// <summary>The public figures and the summary of figures whose background flags are settled.</summary>
    public static CasualtyReport Report(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, List<RawFigure> raw, bool severalIncidents)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var figures = new List<CasualtyFigure>(raw.Count);
        foreach (RawFigure figure in raw)
        {
            CasualtyFigure built = Build(text, tokens, sentences, figure);
            if (figures.Count > 0 && StatesTheSameVictims(figures[^1], built))
            {
                // One clause read by two triggers ("was taken to a hospital with a gunshot wound"): one figure, the
                // longer phrase. The summarizer still sees both readings.
                figures[^1] = built;
                continue;
            }

            figures.Add(built);
        }

        CasualtySummary summary = CasualtySummarizer.Summarize(text, tokens, raw);
        return new CasualtyReport(figures.ToArray(), severalIncidents ? summary with { SeveralIncidents = true } : summary);
    }

    /// <summary>Whether <paramref name="next"/> restates <paramref name="previous"/>: same start, kind, count and qualifier, a longer phrase.</summary>
    private static bool StatesTheSameVictims(CasualtyFigure previous, CasualtyFigure next) =>
        previous.Start == next.Start && previous.End <= next.End && previous.Kind == next.Kind && previous.Count == next.Count
        && previous.Qualifier == next.Qualifier && previous.IsBackground == next.IsBackground;

    private static void RemoveDuplicates(List<RawFigure> raw)
    {
        raw.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.End.CompareTo(b.End));
        int write = 0;
        for (int read = 0; read < raw.Count; read++)
        {
            RawFigure figure = raw[read];
            if (write > 0)
            {
                RawFigure previous = raw[write - 1];
                if (previous.Kind == figure.Kind && previous.IsShot == figure.IsShot && previous.First == figure.First && previous.End == figure.End)
                {
                    continue;
                }
            }

            raw[write++] = figure;
        }

        raw.RemoveRange(write, raw.Count - write);
    }

    private static CasualtyFigure Build(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, RawFigure raw)
    {
        int start = tokens[raw.First].Start;
        int end = tokens[raw.End - 1].End;
        string? victims = null;
        if (raw.Victims.HasDescription)
        {
            victims = text[tokens[raw.Victims.DescriptionFirst].Start..tokens[raw.Victims.DescriptionEnd - 1].End];
        }
        else if (raw.Victims.NameToken >= raw.Victims.First && raw.Victims.Mention is Mention.Named or Mention.Additive)
        {
            // The victim's own tokens ("51-year-old Anthony Wendt"), not the trigger before them ("killed …").
            victims = text[tokens[raw.Victims.First].Start..tokens[raw.Victims.NameToken].End];
        }

        return new CasualtyFigure(
            raw.IsShot ? CasualtyKind.Wounded : raw.Kind,
            raw.Victims.Count,
            raw.Victims.Qualifier,
            start,
            end,
            text[start..end],
            victims,
            sentences[raw.SentenceIndex],
            raw.IsBackground);
    }
}
