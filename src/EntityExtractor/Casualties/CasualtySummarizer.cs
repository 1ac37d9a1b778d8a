using EntityExtractor.Tokenization;

namespace EntityExtractor.Casualties;

/// <summary>
/// Adds up the figures of the lead event into a <see cref="CasualtySummary"/> without counting a victim twice.
/// Rules: background figures are left out; within one sentence, figures of one kind about different victims add
/// up ("left one in critical condition and wounded two others" = 3); across sentences a restated count is
/// taken once (the largest), a new person ("a man", "another woman", "a second victim", "was also shot") adds
/// one, and re-mentions ("the victim", "he") never add. Named victims count once each by surname. A death toll
/// supersedes earlier killed figures. "Shot" with no stated outcome counts as wounded: wounded = max(wounded
/// stated, shot − killed). A shooter's suicide adds one killed.
/// </summary>
internal static class CasualtySummarizer
{
    public static CasualtySummary Summarize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<RawFigure> figures)
    {
        var killed = new Tally();
        var wounded = new Tally();
        var shot = new Tally();
        var missing = new Tally();
        var kidnapped = new Tally();
        bool shooterKilled = false;
        int sentence = -1;
        foreach (RawFigure figure in figures)
        {
            if (figure.IsBackground || figure.Kind == CasualtyKind.Arrested)
            {
                continue;
            }

            if (figure.SentenceIndex != sentence)
            {
                killed.Flush();
                wounded.Flush();
                shot.Flush();
                missing.Flush();
                kidnapped.Flush();
                sentence = figure.SentenceIndex;
            }

            if (figure.IsShooter)
            {
                shooterKilled = true;
                continue;
            }

            ref Tally tally = ref killed;
            switch (figure.Kind)
            {
                case CasualtyKind.Killed:
                    break;
                case CasualtyKind.Wounded when figure.IsShot:
                    tally = ref shot;
                    break;
                case CasualtyKind.Wounded:
                    tally = ref wounded;
                    break;
                case CasualtyKind.Missing:
                    tally = ref missing;
                    break;
                default:
                    tally = ref kidnapped;
                    break;
            }

            if (figure.IsToll)
            {
                tally.Toll(figure.Count);
                continue;
            }

            string? name = figure.Mention == Mention.Named && figure.NameToken >= 0 ? null : string.Empty;
            tally.Add(figure.Mention, figure.Count, name is null ? tokens[figure.NameToken].GetText(text) : default);
        }

        killed.Flush();
        wounded.Flush();
        shot.Flush();
        missing.Flush();
        kidnapped.Flush();

        int? killedTotal = killed.Seen ? killed.Total : null;
        if (shooterKilled)
        {
            killedTotal = (killedTotal ?? 0) + 1;
        }

        int? woundedTotal = wounded.Seen ? wounded.Total : null;
        if (shot.Seen)
        {
            int survivors = Math.Max(0, shot.Total - (killed.Seen ? killed.Total : 0));
            woundedTotal = Math.Max(woundedTotal ?? 0, survivors);
        }

        return new CasualtySummary(killedTotal, woundedTotal, missing.Seen ? missing.Total : null, kidnapped.Seen ? kidnapped.Total : null);
    }

    /// <summary>The running count of one kind.</summary>
    private struct Tally
    {
        private int _current;
        private int _introduced;
        private int _sentenceCounted;
        private int _sentenceDefinite;
        private int _sentenceAdded;
        private int _sentenceIntroduced;
        private int _nameHashes0;
        private int _nameHashes1;
        private int _nameHashes2;
        private int _nameHashes3;
        private int _names;

        public bool Seen { get; private set; }

        public readonly int Total => Math.Max(_current, Math.Max(_introduced, _names));

        public void Add(Mention mention, int count, ReadOnlySpan<char> name)
        {
            Seen = true;
            switch (mention)
            {
                case Mention.Counted:
                    _sentenceCounted += count;
                    break;
                case Mention.Indefinite:
                    _sentenceCounted += count;
                    _sentenceIntroduced += count;
                    break;
                case Mention.Additive:
                    _sentenceAdded += count;
                    break;
                case Mention.Definite:
                    _sentenceDefinite = Math.Max(_sentenceDefinite, count);
                    break;
                case Mention.Named:
                    _sentenceCounted += count;
                    AddName(name);
                    break;
            }
        }

        public void Toll(int count)
        {
            Flush();
            Seen = true;
            _current = count;
            _introduced = 0;
            _names = 0;
            _nameHashes0 = _nameHashes1 = _nameHashes2 = _nameHashes3 = 0;
        }

        public void Flush()
        {
            _current = Math.Max(_current, Math.Max(_sentenceCounted, _sentenceDefinite)) + _sentenceAdded;
            _introduced += _sentenceIntroduced + _sentenceAdded;
            _sentenceCounted = _sentenceDefinite = _sentenceAdded = _sentenceIntroduced = 0;
        }

        private void AddName(ReadOnlySpan<char> name)
        {
            if (name.IsEmpty)
            {
                return;
            }

            int hash = string.GetHashCode(name, StringComparison.OrdinalIgnoreCase) | 1;
            if (hash == _nameHashes0 || hash == _nameHashes1 || hash == _nameHashes2 || hash == _nameHashes3)
            {
                return;
            }

            switch (_names)
            {
                case 0: _nameHashes0 = hash; break;
                case 1: _nameHashes1 = hash; break;
                case 2: _nameHashes2 = hash; break;
                case 3: _nameHashes3 = hash; break;
                default: break;
            }

            _names++;
        }
    }
}
