using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Tests.Extraction;

/// <summary>Units of measure are an open class: SI prefixes with base units, and rates of anything per time or energy.</summary>
public class MeasureUnitsTests
{
    [Theory]
    [InlineData("decoding reaches 1,250 tok/s on one GPU", "tok/s")]
    [InlineData("the encoder processes 830 img/s at batch 64", "img/s")]
    [InlineData("the accelerator delivers 12.4 TOPS/W at 0.6 V", "TOPS/W")]
    [InlineData("each step takes 35 µs on the device", "µs")]
    [InlineData("the weights fit in 4.2 GiB of memory", "GiB")]
    [InlineData("training used 310 kWh in total", "kWh")]
    [InlineData("and 12~mJ per inference", "mJ")]
    [InlineData("compresses enwik8 to 2.12 bpb", "bpb")]
    [InlineData("with a bandwidth of 3.2 GB/s", "GB/s")]
    public void Reads_prefixed_units_and_rates_it_has_no_entry_for(string text, string unit)
    {
        var token = Assert.Single(NumberScanner.Scan(text), t => t.Unit == NumberUnit.Measure);

        Assert.Equal(unit, token.UnitText);
    }

    [Theory]
    [InlineData("a 7B model")]
    [InlineData("trained on 8 GPUs")]
    [InlineData("the 3 s of audio")]
    public void A_model_size_a_count_or_a_spaced_bare_s_is_no_unit_of_measure(string text)
    {
        Assert.DoesNotContain(NumberScanner.Scan(text), t => t.Unit == NumberUnit.Measure);
    }
}
