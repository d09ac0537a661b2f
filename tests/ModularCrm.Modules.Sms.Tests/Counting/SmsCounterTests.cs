using ModularCrm.Modules.Sms.Counting;

namespace ModularCrm.Modules.Sms.Tests.Counting;

public sealed class SmsCounterTests
{
    [Fact]
    public void Measure_PlainFrenchWithGsmAccents_IsGsm7OneSeptetEach()
    {
        var measure = SmsCounter.Measure("Soldes d'été à -30 % : venez découvrir nos nouveautés !");

        Assert.Equal((SmsEncoding.Gsm7, 55, 1), (measure.Encoding, measure.Characters, measure.Segments));
    }

    [Theory]
    [InlineData("€", 2)]
    [InlineData("[x]", 5)]
    [InlineData("a{b}c", 7)]
    [InlineData("^~|\\", 8)]
    public void Measure_ExtensionTableCharacters_CountTwoSeptets(string text, int septets)
    {
        var measure = SmsCounter.Measure(text);

        Assert.Equal((SmsEncoding.Gsm7, septets), (measure.Encoding, measure.Characters));
    }

    [Theory]
    [InlineData("Leçon")] // ç is not in GSM 03.38, only Ç
    [InlineData("Fête")]
    [InlineData("Cœur")]
    [InlineData("Merci 😀")]
    public void Measure_CharacterOutsideGsm_SwitchesToUcs2(string text)
    {
        Assert.Equal(SmsEncoding.Ucs2, SmsCounter.Measure(text).Encoding);
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    public void Measure_GsmLength_Gives160ThenPartsOf153(int length, int segments)
    {
        Assert.Equal(segments, SmsCounter.Measure(new string('a', length)).Segments);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Measure_Ucs2Length_Gives70ThenPartsOf67(int length, int segments)
    {
        Assert.Equal(segments, SmsCounter.Measure("ê" + new string('a', length - 1)).Segments);
    }

    [Fact]
    public void Measure_EscapeSequenceAtPartBoundary_IsNotSplitSoItTakesAnotherPart()
    {
        // 152 septets then € (2): the first part cannot hold the escape and its character, so € opens part 2.
        var text = new string('a', 152) + "€" + new string('a', 152);

        var measure = SmsCounter.Measure(text);

        Assert.Equal((306, 3), (measure.Characters, measure.Segments)); // 306 septets would fit two parts of 153 if split
    }

    [Fact]
    public void Measure_EmojiAtPartBoundary_IsNotSplitAcrossParts()
    {
        var text = new string('é', 1) + new string('a', 65) + "😀" + new string('a', 66); // 66 units, pair, 66 units: 134 units

        var measure = SmsCounter.Measure(text);

        Assert.Equal((SmsEncoding.Ucs2, 134, 3), (measure.Encoding, measure.Characters, measure.Segments));
    }
}
