using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Testing;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class Code128Tests
{
    [Fact]
    public void Symbols_EvenDigits_UseCodeSetCWithTheStandardCheckSymbol()
    {
        // Start C (105) + 12 34 56: (105 + 12*1 + 34*2 + 56*3) % 103 = 353 % 103 = 44.
        Assert.Equal([105, 12, 34, 56, 44, 106], Code128.Symbols("123456"));
    }

    [Fact]
    public void Symbols_Text_UsesCodeSetB()
    {
        // Start B (104) + 'A' (33): (104 + 33) % 103 = 34.
        Assert.Equal([104, 33, 34, 106], Code128.Symbols("A"));
    }

    [Fact]
    public void Modules_EverySymbolIsElevenModulesWideAndTheStopThirteen()
    {
        var runs = Code128.Modules("123456789012");

        // Start, six digit pairs, check symbol: eight symbols of 11 modules, then the 13-module stop.
        Assert.Equal((8 * 11) + 13, runs.Sum());
    }

    [RequiresFileFact("/usr/bin/zbarimg", "zbarimg and rsvg-convert (apt-get install zbar-tools librsvg2-bin)")]
    public void Svg_CardNumber_IsReadBackByARealBarcodeReader()
    {
        var number = CardNumbers.New();
        var folder = Directory.CreateTempSubdirectory("loyalty-barcode-").FullName;
        var svg = Path.Combine(folder, "card.svg");
        var png = Path.Combine(folder, "card.png");
        File.WriteAllText(svg, Code128.Svg(number, moduleWidth: 3));

        Assert.Equal(0, Run("/usr/bin/rsvg-convert", $"-b white -o {png} {svg}").ExitCode);
        var read = Run("/usr/bin/zbarimg", $"--raw -q {png}");

        Assert.Equal(number, read.Output.Trim());
        Directory.Delete(folder, recursive: true);
    }

    private static (int ExitCode, string Output) Run(string file, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(file, arguments) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
