using ClaimScope.Core.Extraction;
using ClaimScope.Core.Extraction.Scanning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// Properties checked by FsCheck on generated input (1,000 cases each): the number scanner on any
/// string, and the span invariant of every claim on any string and on real abstracts with random
/// text spliced in.
/// </summary>
public class PropertyTests
{
    private const int Cases = 1000;
    private static readonly IClaimExtractor Extractor = ClaimExtractor.CreateDefault();

    /// <summary>Strings rich in what numbers are made of, besides FsCheck's arbitrary ones.</summary>
    private static Arbitrary<string> NumberishText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
            Gen.Elements("1", "2.5", "x", "×", "%", "\\%", " ", "-", "–", ",", ".", "e9", "1,000", "times", "fold", "$", "\\times", "up to ", "by ", "from ", " to ", "half", "\u0000", "\uFFFD", "∞", "NaN", "1e308", "9999999999999999999999")
                .ListOf()
                .Select(parts => string.Concat(parts)))
        .ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property The_number_scanner_keeps_every_token_inside_the_text_with_a_finite_value() =>
        Prop.ForAll(NumberishText(), text =>
        {
            var tokens = NumberScanner.Scan(text);
            return tokens.All(t => t.Start >= 0 && t.Start < t.End && t.End <= text.Length
                && double.IsFinite(t.Value) && (t.Low is not { } low || double.IsFinite(low)));
        });

    [Property(MaxTest = Cases)]
    public Property Every_claim_of_any_text_is_exactly_the_span_it_points_at() =>
        Prop.ForAll(NumberishText(), text => Extractor.Extract(text).All(c => SpanHolds(text, c)));

    [Property(MaxTest = Cases)]
    public Property Every_claim_of_a_real_abstract_with_text_spliced_in_is_exactly_its_span() =>
        Prop.ForAll(NumberishText(), ArbMap.Default.ArbFor<int>(), ArbMap.Default.ArbFor<int>(), (insert, which, at) =>
        {
            var abstracts = SeedPapers.All;
            var original = abstracts[Math.Abs(which % abstracts.Count)].Abstract;
            var position = Math.Abs(at % (original.Length + 1));
            var text = original.Insert(position, insert);
            return Extractor.Extract(text).All(c => SpanHolds(text, c));
        });

    private static bool SpanHolds(string text, Core.Model.Claim claim) =>
        claim.Start >= 0 && claim.Start < claim.End && claim.End <= text.Length
        && text[claim.Start..claim.End] == claim.Text
        && double.IsFinite(claim.Value);
}
