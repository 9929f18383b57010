using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Tests.Extraction;

public class ListUnitsTests
{
    [Fact]
    public void Bare_items_take_the_unit_written_at_the_end_of_the_list()
    {
        const string text = "improves up to 6.9, 8.3 and 6.2 pp";

        var tokens = ListUnits.Propagate(text, NumberScanner.Scan(text));

        Assert.All(tokens, t => Assert.Equal(NumberUnit.PercentagePoints, t.Unit));
    }

    [Fact]
    public void A_comma_alone_makes_no_list()
    {
        const string text = "(seq. length 16K, 61.4% accuracy)";

        var tokens = ListUnits.Propagate(text, NumberScanner.Scan(text));

        Assert.Equal([NumberUnit.None, NumberUnit.Percent], tokens.Select(t => t.Unit));
    }
}
