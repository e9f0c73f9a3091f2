package fi.osaava.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.noop.NoopGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The binder's lag gauge is denied, so {@code KafkaBinderMetrics.bindTo} gets a {@link NoopGauge} back and schedules
 * no lag task (the task whose first run deadlocks with a stop); other gauges stay.
 */
class BinderLagGaugeTest {

    @Test
    void theBindersLagGaugeIsANoopAndOtherGaugesAreNot() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new KitAutoConfiguration().noBinderLagGauge());

        Gauge lag = Gauge.builder(KitAutoConfiguration.BINDER_LAG_GAUGE, () -> 1).tag("group", "g").register(registry);
        Gauge other = Gauge.builder("osaava.outbox.pending", () -> 1).register(registry);

        assertThat(lag).isInstanceOf(NoopGauge.class);
        assertThat(other).isNotInstanceOf(NoopGauge.class);
    }
}
