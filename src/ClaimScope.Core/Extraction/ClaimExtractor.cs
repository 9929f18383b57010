using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Extraction.Text;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction;

/// <summary>
/// The default extractor: splits the abstract into sentences, scans each for numbers, and puts
/// every number to the rule pipeline; an accepted number becomes a claim with its qualifier,
/// target, baseline and evidence span.
/// </summary>
public sealed class ClaimExtractor(ClaimRulePipeline pipeline) : IClaimExtractor
{
    private const int MaxCueReach = 60;

    public static ClaimExtractor CreateDefault() => new(ClaimRulePipeline.CreateDefault());

    public IReadOnlyList<Claim> Extract(string original)
    {
        // Rules read a copy where hard wraps and tabs are spaces ("up\nto 3x" reads as "up to 3x");
        // it has the same length, so every span still indexes the original, which the evidence is cut from.
        var text = Flatten(original);
        var claims = new List<Claim>();
        var stated = new HashSet<(ClaimKind, string, double, string)>();
        foreach (var sentence in SentenceSplitter.Split(original))
        {
            var (start, length) = sentence.GetOffsetAndLength(text.Length);
            var tokens = ListUnits.Propagate(text, NumberScanner.Scan(text, start, start + length));
            if (tokens.Count == 0)
            {
                continue;
            }

            var words = WordReader.Read(text, sentence);
            var sentenceClaims = new List<Claim>();
            (Claim Claim, int TokenEnd)? previous = null;
            var previousIndex = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                var candidate = new ClaimCandidate(text, sentence, words, tokens, i);
                var outcome = pipeline.Evaluate(candidate);
                var last = previousIndex >= 0 ? tokens[previousIndex] : default;
                if (outcome.Verdict == RuleVerdict.Pass && previous is { } head && candidate.Token.Unit == last.Unit
                    && (candidate.At(previousIndex).ListEnd().Index >= i || Coordination.Of(text, last.End, candidate.Token.Start, candidate.Token.End, last.Start) != CoordinationKind.None))
                {
                    // "89% and 87%": an item the rules cannot read alone takes the reading of the item before it.
                    outcome = RuleOutcome.Accept(head.Claim.Kind, head.Claim.Unit);
                }

                if (outcome.Verdict != RuleVerdict.Accept)
                {
                    // A name between two items ("4% on GSM8K, 3.5% on MATH") does not end the list.
                    if (!candidate.Token.AttachedLeft && !candidate.Token.AttachedRight)
                    {
                        previous = null;
                        previousIndex = -1;
                    }

                    continue;
                }

                var claim = Build(candidate, outcome, previous, original);
                sentenceClaims.Add(claim);
                previous = (claim, candidate.Token.End);
                previousIndex = i;
            }

            // A number stated twice for the same fact is one claim; lists inside one sentence stay whole.
            foreach (var claim in sentenceClaims.Where(c => !stated.Contains((c.Kind, c.Unit, c.Value, c.Target))).ToList())
            {
                claims.Add(claim);
            }

            foreach (var claim in sentenceClaims)
            {
                stated.Add((claim.Kind, claim.Unit, claim.Value, claim.Target));
            }
        }

        return claims;
    }

    private static string Flatten(string text) =>
        text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0
            ? text
            : string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = source[i] is '\n' or '\r' or '\t' ? ' ' : source[i];
                }
            });

    private static Claim Build(ClaimCandidate candidate, RuleOutcome outcome, (Claim Claim, int TokenEnd)? previous, string original)
    {
        var token = candidate.Token;
        var (qualifier, qualifierStart) = QualifierReader.Read(candidate);
        var listItem = previous is { } before && before.Claim.Kind == outcome.Kind
            && (IsListContinuation(candidate.Text, before.TokenEnd, token.Start) || Coordination.Of(candidate.Text, before.TokenEnd, token.Start, token.End) == CoordinationKind.Parallel);
        if (qualifier == ClaimQualifier.None && listItem)
        {
            // "up to 6.9, 8.3 and 6.2 pp": a qualifier that opens a list applies to every item.
            qualifier = previous!.Value.Claim.Qualifier;
        }

        qualifier = outcome.Qualifier ?? qualifier;
        var start = Math.Min(token.Start, qualifierStart);
        var end = token.End;
        if (outcome.CueStart >= 0 && outcome.CueStart < start && token.Start - outcome.CueStart <= MaxCueReach)
        {
            start = outcome.CueStart;
        }

        if (outcome.CueEnd > end && outcome.CueEnd - token.End <= MaxCueReach)
        {
            end = outcome.CueEnd;
        }

        return new Claim
        {
            Kind = outcome.Kind,
            Value = outcome.Value ?? token.Value,
            Low = outcome.Value is null ? token.Low : null,
            Unit = outcome.Unit,
            Qualifier = qualifier,
            Target = TargetReader.Read(candidate, outcome.Kind, outcome.Unit, outcome.CueStart, outcome.CueEnd, listItem ? previous!.Value.Claim.Target : null),
            Baseline = outcome.Kind == ClaimKind.Metric ? null : BaselineReader.Read(candidate),
            Text = original[start..end],
            Start = start,
            End = end,
        };
    }

    private static bool IsListContinuation(string text, int previousEnd, int start)
    {
        if (start <= previousEnd || start - previousEnd > 8)
        {
            return false;
        }

        var between = text.AsSpan(previousEnd, start - previousEnd).Trim(" %x\\".AsSpan());
        return between is "," or "and" or ", and" or "&" or "," or "or" || between.IsEmpty;
    }
}
