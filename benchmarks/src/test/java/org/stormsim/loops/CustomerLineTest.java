package org.stormsim.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CustomerLineTest {
    @Test
    void shouldKeepEveryCustomerFoundByItsNumberWhenTheRingGrows() {
        CustomerLine line = new CustomerLine(2);
        for (int i = 0; i < 3; i++) {
            line.add(100 + i);
        }
        assertEquals(100, line.removeHead(0));
        for (int i = 3; i < 40; i++) {
            line.add(100 + i);
        }
        assertEquals(64, line.capacity());
        for (int n = 1; n < 40; n++) {
            assertEquals(n, line.head());
            assertEquals(100 + n, line.removeHead(n));
        }
        assertEquals(0, line.size());
    }

    @Test
    void shouldRejectADepartureOfACustomerNotAtTheHead() {
        CustomerLine line = new CustomerLine(4);
        line.add(1);
        line.add(2);
        assertThrows(IllegalStateException.class, () -> line.removeHead(1));
        line.removeHead(0);
        line.removeHead(1);
        assertThrows(IllegalStateException.class, () -> line.removeHead(2));
    }
}
