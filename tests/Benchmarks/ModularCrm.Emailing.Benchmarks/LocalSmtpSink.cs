using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ModularCrm.Emailing.Benchmarks;

/// <summary>Postfix's smtp-sink on a free 127.0.0.1 port, discarding messages (no dump: the bench measures the sender, not the disk).</summary>
internal sealed class LocalSmtpSink : IDisposable
{
    private readonly Process process;

    public LocalSmtpSink()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("/usr/sbin/smtp-sink") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-u", "nobody", $"127.0.0.1:{Port}", "256" })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("smtp-sink did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Thread.Sleep(300);
    }

    public int Port { get; }

    public void Dispose()
    {
        process.Kill();
        process.WaitForExit(5000);
        process.Dispose();
    }
}
