package org.contacttimeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the page tests, with a folder for what it downloads: one browser per test class,
 * registered as {@code @RegisterExtension static final PageBrowser browser = PageBrowser.window(1280, 900);}. It starts
 * before the class's first test and quits after its last; each test is skipped when Chromium is not installed,
 * except on CI, where that fails.
 */
public final class PageBrowser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String MISSING = "no " + CHROMIUM + " or " + CHROMEDRIVER
			+ ": install them with apt-get install chromium chromium-driver";

	private final int width;

	private final int height;

	private ChromeDriver driver;

	private Path downloads;

	private ChromeDriverService service;

	private Path profile;

	private PageBrowser(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/** A browser whose window is {@code width} × {@code height}. */
	public static PageBrowser window(int width, int height) {
		return new PageBrowser(width, height);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("CI"))) {
			fail(CHROMIUM + " and " + CHROMEDRIVER + " are needed on CI; .ci/run installs them "
					+ "(apt-get install chromium chromium-driver)");
		}
		if (!installed) {
			return;
		}
		this.profile = Files.createTempDirectory("page-chromium-");
		this.downloads = Files.createDirectories(this.profile.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + this.width + "," + this.height,
				"--user-data-dir=" + this.profile.resolve("profile"));
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(this.service, options);
		// headless Chromium saves downloads only when told where
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		assumeTrue(this.driver != null, MISSING);
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (this.driver == null) {
			return;
		}
		this.driver.quit();
		this.service.stop();
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		this.driver = null;
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a page of the service and waits until the view's element (timeline, chart, network) is drawn. */
	public void open(String url, String view) {
		this.driver.get(url);
		waitUntilDrawn(view);
	}

	public void waitUntilDrawn(String view) {
		waitFor().until(ExpectedConditions.attributeToBe(By.id(view), "data-state", "ready"));
	}

	public WebDriverWait waitFor() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	/** The window's inner size as a reader's screen: 1280 × 900 for a desktop, 390 × 844 for a phone. */
	public void screen(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
		Dimension inner = new Dimension(((Number) script("return window.innerWidth")).intValue(),
				((Number) script("return window.innerHeight")).intValue());
		this.driver.manage()
			.window()
			.setSize(new Dimension(2 * width - inner.getWidth(), 2 * height - inner.getHeight()));
	}

	public Object script(String js, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(js, arguments);
	}

	public Object asyncScript(String js, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeAsyncScript(js, arguments);
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<String> slugs() {
		return this.driver.findElements(By.cssSelector("#timeline-view [data-slug]"))
			.stream()
			.map((entry) -> entry.getDomAttribute("data-slug"))
			.toList();
	}

	/** The file downloaded whose name ends so, once it is whole; null until then. */
	public Path downloaded(String ending) {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String focusedId() {
		return (String) script("const e = document.activeElement; return e ? (e.id || e.getAttribute('data-id')) : null");
	}

	public void saveScreenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String resource(String name) {
		try (InputStream in = PageBrowser.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
